package org.homeward.organisation.web;

/** The second-factor secret, shown this once: type it into the app or open the URI as a QR code. */
record EnrolmentResponse(String secret, String uri) {}
