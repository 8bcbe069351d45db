package org.homeward.matching.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.homeward.matching.PersonRecord;
import org.homeward.shared.CountryCode;

/**
 * Reads registrations in the shared exchange shape ({@code record_id, given_name, family_name, sex,
 * date_of_birth, dob_estimated, nationality, place_of_birth, phone, document_type,
 * document_number}; other columns are ignored). Checks every row and reports every problem with its
 * line and column rather than stopping at the first, so a mission fixes a spreadsheet in one pass.
 */
public final class RecordsCsv {

  static final List<String> REQUIRED =
      List.of(
          "record_id",
          "given_name",
          "family_name",
          "sex",
          "date_of_birth",
          "dob_estimated",
          "nationality",
          "place_of_birth",
          "phone",
          "document_type",
          "document_number");

  private static final Set<String> DOCUMENT_TYPES =
      Set.of("passport", "national_id", "consular_card");
  private static final int MAX_PROBLEMS = 20;

  private RecordsCsv() {}

  /** The records of a file, or the problems found in it. */
  public sealed interface Result {}

  public record Records(List<PersonRecord> records) implements Result {}

  public record Problems(List<InputProblem> problems, boolean more) implements Result {}

  public static Result read(Path file) {
    if (!Files.isRegularFile(file)) {
      return problem(0, "", "cannot read " + file + ": no such file");
    }
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    int lineNumber = 0;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
      String header = reader.readLine();
      lineNumber = 1;
      if (header == null || header.isBlank()) {
        return problem(0, "", "the input is empty: expected a header line with " + columns());
      }
      if (header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      List<String> names = split(header);
      Map<String, Integer> column = new HashMap<>();
      for (int i = 0; i < names.size(); i++) {
        column.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
      }
      List<InputProblem> problems = new ArrayList<>();
      for (String required : REQUIRED) {
        if (!column.containsKey(required)) {
          problems.add(
              new InputProblem(1, required, "missing column (expected " + columns() + ")"));
        }
      }
      if (!problems.isEmpty()) {
        return new Problems(problems, false);
      }
      List<PersonRecord> records = new ArrayList<>();
      Map<String, Integer> lineOfId = new HashMap<>();
      boolean more = false;
      String line;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        Row row = new Row(lineNumber, split(line), column, problems);
        if (row.values.size() != names.size()) {
          problems.add(
              new InputProblem(
                  lineNumber,
                  "",
                  "expected " + names.size() + " fields, found " + row.values.size()));
        } else {
          PersonRecord record = row.toRecord(lineOfId);
          if (record != null) {
            records.add(record);
          }
        }
        if (problems.size() >= MAX_PROBLEMS) {
          more = reader.readLine() != null;
          break;
        }
      }
      if (!problems.isEmpty()) {
        return new Problems(problems, more);
      }
      return new Records(records);
    } catch (CharacterCodingException e) {
      return problem(lineNumber + 1, "", "not UTF-8 text");
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (e.getCause() instanceof CharacterCodingException) {
        reason = "not UTF-8 text";
      }
      return problem(lineNumber + 1, "", "cannot read the input: " + reason);
    }
  }

  private static Problems problem(int line, String field, String message) {
    return new Problems(List.of(new InputProblem(line, field, message)), false);
  }

  private static String columns() {
    return String.join(",", REQUIRED);
  }

  /** Splits one line at commas, honouring double quotes as spreadsheets write them. */
  static List<String> split(String line) {
    List<String> values = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          current.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          current.append(c);
        }
      } else if (c == '"' && current.isEmpty()) {
        quoted = true;
      } else if (c == ',') {
        values.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    values.add(current.toString());
    return values;
  }

  private static final class Row {
    final int line;
    final List<String> values;
    final Map<String, Integer> column;
    final List<InputProblem> problems;
    boolean valid = true;

    Row(int line, List<String> values, Map<String, Integer> column, List<InputProblem> problems) {
      this.line = line;
      this.values = values;
      this.column = column;
      this.problems = problems;
    }

    String get(String name) {
      String value = values.get(column.get(name)).strip();
      return value.isEmpty() ? null : value;
    }

    void reject(String field, String message) {
      problems.add(new InputProblem(line, field, message));
      valid = false;
    }

    PersonRecord toRecord(Map<String, Integer> lineOfId) {
      String id = get("record_id");
      if (id == null) {
        reject("record_id", "empty: every record needs an id");
      } else {
        Integer earlier = lineOfId.putIfAbsent(id, line);
        if (earlier != null) {
          reject("record_id", "'" + id + "' is already used on line " + earlier);
        }
      }
      String sex = get("sex");
      if (sex != null && !Set.of("F", "M", "X").contains(sex.toUpperCase(Locale.ROOT))) {
        reject("sex", "'" + sex + "' is not F, M, X or empty");
      }
      LocalDate dateOfBirth = date("date_of_birth");
      String estimated = get("dob_estimated");
      if (estimated != null
          && !estimated.equalsIgnoreCase("true")
          && !estimated.equalsIgnoreCase("false")) {
        reject("dob_estimated", "'" + estimated + "' is not true, false or empty");
      }
      String nationality = get("nationality");
      if (nationality != null && !CountryCode.isNationality(nationality.toUpperCase(Locale.ROOT))) {
        reject(
            "nationality",
            "'" + nationality + "' is not an ISO 3166-1 alpha-3 country code (e.g. SEN, CMR)");
      }
      String documentType = get("document_type");
      if (documentType != null && !DOCUMENT_TYPES.contains(documentType.toLowerCase(Locale.ROOT))) {
        reject(
            "document_type",
            "'"
                + documentType
                + "' is not one of "
                + String.join(", ", DOCUMENT_TYPES.stream().sorted().toList()));
      }
      if (column.containsKey("registration_date")) {
        date("registration_date");
      }
      if (!valid) {
        return null;
      }
      return new PersonRecord(
          id,
          get("given_name"),
          get("family_name"),
          sex,
          dateOfBirth,
          "true".equalsIgnoreCase(estimated),
          nationality == null ? null : nationality.toUpperCase(Locale.ROOT),
          get("place_of_birth"),
          get("phone"),
          documentType,
          get("document_number"));
    }

    private LocalDate date(String field) {
      String text = get(field);
      if (text == null) {
        return null;
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        reject(field, "'" + text + "' is not a date (expected YYYY-MM-DD)");
        return null;
      }
    }
  }
}
