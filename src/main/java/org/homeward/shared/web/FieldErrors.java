package org.homeward.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.homeward.shared.Violation;
import org.springframework.context.MessageSource;

/**
 * The violations of a form, each translated into the reader's language and placed at its input;
 * those with no input of their own are shown in the summary above the form only. A message is
 * looked up as {@code error.<field>.<code>} first (a malformed user name needs other words than a
 * malformed name), then {@code error.<code>}.
 */
public record FieldErrors(List<Shown> all) {

  public static final FieldErrors NONE = new FieldErrors(List.of());

  private static final Pattern MEMBER = Pattern.compile("members\\[(\\d+)]\\.(\\w+).*");

  /** One violation as the page shows it: the field's anchor, its label and the message. */
  public record Shown(String field, String anchor, String label, String message) {}

  public FieldErrors {
    all = List.copyOf(all);
  }

  public static FieldErrors of(List<Violation> violations, MessageSource messages, Locale locale) {
    return new FieldErrors(
        violations.stream()
            .map(v ->
                new Shown(
                    v.field(),
                    anchor(v.field()),
                    label(v.field(), messages, locale),
                    message(v.field(), v.code(), messages, locale)))
            .toList());
  }

  public boolean any() {
    return !all.isEmpty();
  }

  /** Whether {@code field}, or one item of it ({@code field[2]}), has an error. */
  public boolean has(String field) {
    return all.stream().anyMatch(e -> matches(e.field(), field));
  }

  /** The messages for {@code field} and its items, joined. */
  public String of(String field) {
    return String.join(
        " ",
        all.stream()
            .filter(e -> matches(e.field(), field))
            .map(Shown::message)
            .distinct()
            .toList());
  }

  private static boolean matches(String reported, String field) {
    return reported.equals(field)
        || (reported.startsWith(field + "[") && reported.indexOf(']') == reported.length() - 1);
  }

  /**
   * The id of the input a field path belongs to: {@code members[0].givenName} →
   * members-0-givenName.
   */
  static String anchor(String field) {
    if (field == null || field.isEmpty()) {
      return "registration";
    }
    String id = field.replaceAll("\\[(\\d+)]\\.?", "-$1-").replace('.', '-');
    id = id.replaceAll("-vulnerabilities-\\d+-?$", "-vulnerabilities");
    return id.endsWith("-") ? id.substring(0, id.length() - 1) : id;
  }

  private static String label(String field, MessageSource messages, Locale locale) {
    if (field == null || field.isEmpty()) {
      return "";
    }
    var member = MEMBER.matcher(field);
    String last = field.replaceAll("\\[\\d+]", "");
    last = last.substring(last.lastIndexOf('.') + 1);
    String name = messages.getMessage("field." + last, null, last, locale);
    if (member.matches()) {
      return messages.getMessage(
              "registration.member-number",
              new Object[] {Integer.parseInt(member.group(1)) + 1},
              locale)
          + " – "
          + name;
    }
    return name;
  }

  private static String message(String field, String code, MessageSource messages, Locale locale) {
    String generic = messages.getMessage("error.invalid", null, locale);
    String general = messages.getMessage("error." + code, null, generic, locale);
    if (field == null || field.isEmpty()) {
      return general;
    }
    String last = field.replaceAll("\\[\\d+]", "");
    last = last.substring(last.lastIndexOf('.') + 1);
    return messages.getMessage("error." + last + "." + code, null, general, locale);
  }
}
