package org.homeward.organisation.web;

/** A 6-digit code from the authenticator app. */
record CodeRequest(String code) {}
