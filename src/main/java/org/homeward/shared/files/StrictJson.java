package org.homeward.shared.files;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pieces every reader of a JSON file given to a command shares ({@code funds}, {@code plan}): a
 * mapper that refuses a field given twice and anything after the value and reads decimals exactly
 * (never through a binary floating point), and the words of its problems, each naming a field by
 * its path ({@code households[41].members[0].ageYears}) and quoting the value it found.
 */
public final class StrictJson {

  /** Reads strictly; writes decimals as plain digits ({@code 1234.50}, never {@code 1.2345E3}). */
  public static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private StrictJson() {}

  /** Why a text is not JSON, with the line and column where the reader stopped. */
  public static String describe(JacksonException e) {
    String message = e.getOriginalMessage();
    message =
        message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    TokenStreamLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
    return message;
  }

  /** A JSON value as it was written, cut short if long. */
  public static String shown(JsonNode node) {
    String text = node.toString();
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }

  /** The path of field {@code name} of the object at {@code path} ("" for the root). */
  public static String at(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  /** The day a {@code "YYYY-MM-DD"} string names; null for any other value. */
  public static LocalDate date(JsonNode value) {
    if (value.isString() && DATE.matcher(value.stringValue()).matches()) {
      try {
        return LocalDate.parse(value.stringValue(), DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        // a day that does not exist, as any other text that is not a date
      }
    }
    return null;
  }

  /**
   * The exact number a decimal string ({@code "-12.50"}, no exponent) or a JSON number holds; null
   * for any other value. The sign is the caller's to check.
   */
  public static BigDecimal decimal(JsonNode value) {
    if (value.isString() && DECIMAL.matcher(value.stringValue()).matches()) {
      return new BigDecimal(value.stringValue());
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    return null;
  }
}
