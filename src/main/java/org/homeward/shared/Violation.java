package org.homeward.shared;

/**
 * One offending field of a request: its path as in the JSON body ({@code members[0].nationality}),
 * a stable code ({@code unknown-country}) and a sentence a person can act on.
 */
public record Violation(String field, String code, String message) {

  /** The same path as an RFC 6901 JSON pointer, e.g. {@code /members/0/nationality}. */
  public String pointer() {
    if (field == null || field.isEmpty()) {
      return "";
    }
    return "/" + field.replace("[", "/").replace("]", "").replace(".", "/");
  }
}
