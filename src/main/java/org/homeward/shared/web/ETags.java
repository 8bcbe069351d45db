package org.homeward.shared.web;

import java.util.OptionalLong;

/** A record's version as an HTTP entity tag ({@code "3"}), and back. */
public final class ETags {

  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** The version an {@code If-Match} or {@code If-None-Match} value names; empty for {@code *}. */
  public static OptionalLong version(String header) {
    if (header == null || header.isBlank() || header.strip().equals("*")) {
      return OptionalLong.empty();
    }
    String tag = header.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return OptionalLong.of(Long.parseLong(tag));
    } catch (NumberFormatException e) {
      // a tag we never issued matches no version: the client's copy is stale
      return OptionalLong.of(-1);
    }
  }
}
