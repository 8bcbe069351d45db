package org.homeward.shared;

/**
 * A record that does not exist, or that the caller may not know exists: both answer 404 alike, so
 * guessing another mission's ids reveals nothing.
 */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String what, Object id) {
    super(what + " " + id + " not found");
  }
}
