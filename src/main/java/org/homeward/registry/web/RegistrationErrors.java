package org.homeward.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.shared.Violation;
import org.homeward.shared.web.FieldErrors;
import org.springframework.context.MessageSource;

/**
 * The violations of the registration form, placed where its inputs are: a member's other names are
 * one box and the languages typed another, so an item of either ({@code members[0].otherNames[1]})
 * links to that box; a document's field is named with its document ("Member 1 – Document 2 –
 * Document number").
 */
final class RegistrationErrors {

  private static final Pattern LIST_ITEM =
      Pattern.compile("members\\[(\\d+)]\\.(otherNames|languages)\\[\\d+]");
  private static final Pattern DOCUMENT =
      Pattern.compile("members\\[(\\d+)]\\.documents\\[(\\d+)](?:\\.(\\w+))?");

  /** The message that labels each field of a document on the form. */
  static final Map<String, String> DOCUMENT_LABELS =
      Map.of(
          "type", "registration.document-type",
          "number", "registration.document-number",
          "issuingCountry", "registration.document-issuing-country",
          "expiresOn", "registration.document-expires-on");

  private RegistrationErrors() {}

  static FieldErrors of(List<Violation> violations, MessageSource messages, Locale locale) {
    return new FieldErrors(
        FieldErrors.of(violations, messages, locale).all().stream()
            .map(e -> placed(e, messages, locale))
            .toList());
  }

  private static FieldErrors.Shown placed(
      FieldErrors.Shown e, MessageSource messages, Locale locale) {
    Matcher item = LIST_ITEM.matcher(e.field());
    if (item.matches()) {
      // the box's own path, so that the box finds the error of any of its items
      return new FieldErrors.Shown(
          "members[" + item.group(1) + "]." + item.group(2),
          "members-" + item.group(1) + "-" + item.group(2),
          e.label(),
          e.message());
    }
    Matcher document = DOCUMENT.matcher(e.field());
    if (document.matches()) {
      String label =
          messages.getMessage(
                  "registration.member-number",
                  new Object[] {Integer.parseInt(document.group(1)) + 1},
                  locale)
              + " – "
              + messages.getMessage(
                  "registration.document",
                  new Object[] {Integer.parseInt(document.group(2)) + 1},
                  locale);
      String field = document.group(3);
      if (field != null && DOCUMENT_LABELS.containsKey(field)) {
        label += " – " + messages.getMessage(DOCUMENT_LABELS.get(field), null, locale);
      }
      return new FieldErrors.Shown(e.field(), e.anchor(), label, e.message());
    }
    return e;
  }
}
