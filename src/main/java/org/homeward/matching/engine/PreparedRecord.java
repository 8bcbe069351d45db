package org.homeward.matching.engine;

import java.util.List;
import java.util.Locale;
import org.homeward.matching.PersonRecord;

/**
 * A record reduced once to what comparison and blocking read, so that comparing a pair does no text
 * processing beyond string similarity.
 */
final class PreparedRecord {

  /** The record's id; the rest of the source record is not kept, to spare memory. */
  final String id;

  final Token[] given;
  final Token[] family;
  final String givenJoined;
  final String familyJoined;

  /** Ids of the joined names and the place in the token table, keys of {@link #levels}. */
  final int givenJoinedId;

  final int familyJoinedId;
  final int placeId;

  /** The shared memory of levels between this table's values. */
  final LevelCache levels;

  final byte sex;
  final int year;
  final int month;
  final int day;
  final boolean estimated;
  final String nationality;
  final String place;
  final String phone;
  final String documentType;
  final String documentNumber;

  /** Blocking keys, filled in when the record joins an index. */
  long[] blockKeys;

  /** All its name tokens' variant groups, in order, hashed: whom it shares its names with. */
  long namesKey;

  PreparedRecord(PersonRecord source, TokenTable tokens) {
    this.id = source.id();
    this.given = tokens.tokensOf(source.givenName());
    this.family = tokens.tokensOf(source.familyName());
    Token givenAll = given.length == 0 ? null : tokens.token(joined(given));
    Token familyAll = family.length == 0 ? null : tokens.token(joined(family));
    this.givenJoined = givenAll == null ? "" : givenAll.text();
    this.familyJoined = familyAll == null ? "" : familyAll.text();
    this.givenJoinedId = givenAll == null ? -1 : givenAll.id();
    this.familyJoinedId = familyAll == null ? -1 : familyAll.id();
    this.levels = tokens.levels;
    this.sex = sexOf(source.sex());
    if (source.dateOfBirth() == null) {
      year = month = day = 0;
      estimated = false;
    } else {
      year = source.dateOfBirth().getYear();
      month = source.dateOfBirth().getMonthValue();
      day = source.dateOfBirth().getDayOfMonth();
      estimated = source.dobEstimated();
    }
    this.nationality = blankToNull(source.nationality(), tokens);
    String folded = NameForm.fold(source.placeOfBirth()).replace(" ", "");
    Token placeToken = folded.isEmpty() ? null : tokens.token(folded);
    this.place = placeToken == null ? null : placeToken.text();
    this.placeId = placeToken == null ? -1 : placeToken.id();
    this.phone = digitsOf(source.phone());
    String number = documentNumberOf(source.documentNumber());
    this.documentNumber = number;
    this.documentType =
        number == null || source.documentType() == null
            ? null
            : tokens.intern(source.documentType().strip().toLowerCase(Locale.ROOT));
  }

  boolean hasName() {
    return given.length > 0 || family.length > 0;
  }

  List<Token> allTokens() {
    List<Token> all = new java.util.ArrayList<>(List.of(given));
    all.addAll(List.of(family));
    return all;
  }

  private static String joined(Token[] tokens) {
    if (tokens.length == 0) {
      return "";
    }
    if (tokens.length == 1) {
      return tokens[0].text();
    }
    StringBuilder joined = new StringBuilder();
    for (Token token : tokens) {
      joined.append(token.text());
    }
    return joined.toString();
  }

  private static byte sexOf(String sex) {
    if (sex == null) {
      return 0;
    }
    return switch (sex.strip().toUpperCase(Locale.ROOT)) {
      case "F" -> 1;
      case "M" -> 2;
      default -> 0;
    };
  }

  private static String blankToNull(String text, TokenTable tokens) {
    return text == null || text.isBlank()
        ? null
        : tokens.intern(text.strip().toUpperCase(Locale.ROOT));
  }

  /** The last nine digits: the same Moroccan mobile typed as +2126…, 002126… or 06…. */
  private static String digitsOf(String phone) {
    if (phone == null) {
      return null;
    }
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < phone.length(); i++) {
      char c = phone.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    if (digits.length() < 6) {
      return null;
    }
    return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits.toString();
  }

  private static String documentNumberOf(String number) {
    if (number == null) {
      return null;
    }
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < number.length(); i++) {
      char c = Character.toUpperCase(number.charAt(i));
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        kept.append(c);
      }
    }
    return kept.length() < 3 ? null : kept.toString();
  }
}
