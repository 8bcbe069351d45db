package org.homeward.matching.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.PersonIdentity;
import org.homeward.shared.web.Formats;
import org.springframework.context.MessageSource;

/**
 * One identity field of a pair as a reviewer compares it, in the reader's words.
 *
 * @param field the field's name as a merge chooses it ({@code phone}, {@code dateOfBirth})
 * @param same whether both records hold the same value, so there is nothing to choose
 */
record PairFields(String field, String a, String b, boolean same) {

  static List<PairFields> of(
      PersonIdentity a, PersonIdentity b, Formats formats, MessageSource messages, Locale locale) {
    return PersonIdentity.FIELDS.stream()
        .map(field -> {
          String left = shown(field, a, formats, messages, locale);
          String right = shown(field, b, formats, messages, locale);
          return new PairFields(field, left, right, Objects.equals(left, right));
        })
        .toList();
  }

  private static String shown(
      String field, PersonIdentity p, Formats formats, MessageSource messages, Locale locale) {
    String none = messages.getMessage("duplicates.unknown", null, locale);
    return switch (field) {
      case "givenName" -> orNone(p.givenName(), none);
      case "familyName" -> orNone(p.familyName(), none);
      case "sex" ->
          p.sex() == null ? none : messages.getMessage("sex." + p.sex().name(), null, locale);
      case "dateOfBirth" ->
          p.dateOfBirth() == null ? none : formats.birthDate(p.dateOfBirth(), p.dobEstimated());
      case "nationality" -> p.nationality() == null ? none : formats.country(p.nationality());
      case "placeOfBirth" -> orNone(p.placeOfBirth(), none);
      case "phone" -> orNone(p.phone(), none);
      case "documents" ->
          p.documents().isEmpty()
              ? none
              : p.documents().stream()
                  .map(d -> document(d, messages, locale))
                  .collect(Collectors.joining(", "));
      default -> none;
    };
  }

  private static String document(IdentityDocument d, MessageSource messages, Locale locale) {
    return messages.getMessage("document-type." + d.type().name(), null, locale) + " " + d.number();
  }

  private static String orNone(String value, String none) {
    return value == null || value.isBlank() ? none : value;
  }
}
