package org.homeward.shared;

/** The client's copy is older than the stored record (its If-Match no longer holds): 412. */
public class StaleVersionException extends RuntimeException {

  private final long currentVersion;

  public StaleVersionException(long currentVersion) {
    super("the record has changed since it was read; current version is " + currentVersion);
    this.currentVersion = currentVersion;
  }

  public long currentVersion() {
    return currentVersion;
  }
}
