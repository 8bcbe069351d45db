package org.homeward.organisation.web;

record PasswordChangeRequest(String currentPassword, String newPassword) {

  @Override
  public String toString() {
    // never in a log line
    return "PasswordChangeRequest[***]";
  }
}
