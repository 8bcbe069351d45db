package org.homeward.reintegration.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.web.FieldErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A posted form as the pages read it: every field as the text typed, so that a form that comes back
 * with errors shows what was typed. Rows that repeat are named by their index ({@code
 * items[0].amount}), as the service names their errors.
 */
public record Form(MultiValueMap<String, String> values) {

  public static final Form EMPTY = new Form(new LinkedMultiValueMap<>());

  public Form {
    values = values == null ? new LinkedMultiValueMap<>() : values;
  }

  /** The field's text, or null. */
  public String get(String name) {
    String value = values.getFirst(name);
    return value == null ? null : value;
  }

  /** The field's text, or {@code otherwise} when it was not sent. */
  public String get(String name, String otherwise) {
    return values.containsKey(name) ? get(name) : otherwise;
  }

  /** Every value sent under the name (ticked boxes). */
  public List<String> all(String name) {
    List<String> all = values.get(name);
    return all == null ? List.of() : all.stream().filter(v -> v != null && !v.isBlank()).toList();
  }

  /** A ticked box: true when sent as {@code true}. */
  public boolean ticked(String name) {
    return "true".equals(get(name));
  }

  /** Whether {@code value} is among the values of {@code name} (for a box to show ticked). */
  public boolean has(String name, String value) {
    return all(name).contains(value);
  }

  /** How many rows of {@code prefix[i].…} the form holds: the highest index sent, plus one. */
  public int rows(String prefix) {
    int rows = 0;
    for (String key : values.keySet()) {
      if (key.startsWith(prefix + "[")) {
        int end = key.indexOf(']');
        try {
          rows = Math.max(rows, Integer.parseInt(key.substring(prefix.length() + 1, end)) + 1);
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
          // not a row of this prefix
        }
      }
    }
    return Math.min(rows, 100);
  }

  /** The lines of a text area, each stripped, blank ones left out. */
  public List<String> lines(String name) {
    String text = get(name);
    List<String> lines = new ArrayList<>();
    if (text != null) {
      text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
    }
    return lines;
  }

  /** The errors of a form, in the reader's language. */
  public static FieldErrors errors(InvalidInputException e, MessageSource messages) {
    return FieldErrors.of(e.violations(), messages, locale());
  }

  public static Locale locale() {
    return LocaleContextHolder.getLocale();
  }
}
