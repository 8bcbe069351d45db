package org.homeward.funding.engine;

import static org.homeward.shared.files.StrictJson.at;
import static org.homeward.shared.files.StrictJson.describe;
import static org.homeward.shared.files.StrictJson.shown;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.homeward.shared.files.StrictJson;
import org.javamoney.moneta.Money;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A funding scenario and its position as JSON, the format of the {@code funds} command (see
 * docs/funding.md).
 *
 * <p>Reading checks the text field by field and collects every problem, each naming its field
 * ({@code contributions[2].received: not a date (YYYY-MM-DD): "2012-13-01"}), before answering.
 * Every field is required ({@code received} may be null, for a pledge not yet paid) and no other
 * field is allowed, so a misspelt field is caught rather than silently ignored. Amounts and rates
 * are decimal strings ({@code "1234.50"}); a JSON number is read exactly too, never through a
 * binary floating point. Dates are {@code YYYY-MM-DD}; currencies are ISO 4217 codes.
 */
public final class ScenarioJson {

  /**
   * What reading found.
   *
   * @param scenario null when the date, the currency or the rates are unusable; otherwise the
   *     scenario with every entry that could be read (all of them when there are no problems)
   */
  public record Reading(FundingScenario scenario, List<ScenarioProblem> problems) {
    public Reading {
      problems = List.copyOf(problems);
    }
  }

  /** Largest number of digits before the decimal point of an amount or a rate. */
  static final int MAX_INTEGER_DIGITS = 15;

  /** Largest number of digits after the decimal point of an amount or a rate. */
  static final int MAX_DECIMALS = 20;

  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private static final List<String> SCENARIO_FIELDS =
      List.of("asOf", "currency", "rates", "contributions", "expenditures", "commitments");
  private static final List<String> RATE_FIELDS = List.of("date", "from", "to", "rate");
  private static final List<String> CONTRIBUTION_FIELDS =
      List.of("donor", "amount", "currency", "pledged", "received");
  private static final List<String> EXPENDITURE_FIELDS =
      List.of("date", "amount", "currency", "line");
  private static final List<String> COMMITMENT_FIELDS = List.of("date", "amount", "currency");

  private static final JsonMapper JSON = StrictJson.MAPPER;

  private ScenarioJson() {}

  /**
   * The position of a scenario given as JSON: every problem of the text, and every missing rate
   * among the entries that could be read, or the position.
   */
  public static PositionOutcome position(String text) {
    Reading reading = read(text);
    List<ScenarioProblem> problems = new ArrayList<>(reading.problems());
    if (reading.scenario() != null) {
      switch (PositionCalculator.calculate(reading.scenario())) {
        case PositionOutcome.Refused refused -> problems.addAll(refused.problems());
        case PositionOutcome.Calculated calculated -> {
          if (problems.isEmpty()) {
            return calculated;
          }
        }
      }
    }
    return new PositionOutcome.Refused(problems);
  }

  public static Reading read(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text);
    } catch (JacksonException e) {
      return new Reading(null, List.of(new ScenarioProblem("", "not JSON: " + describe(e))));
    }
    if (root == null || root.isMissingNode()) {
      return new Reading(
          null, List.of(new ScenarioProblem("", "empty; expected a JSON object {\"asOf\": ...}")));
    }
    if (!root.isObject()) {
      return new Reading(
          null,
          List.of(
              new ScenarioProblem(
                  "", "expected a JSON object {\"asOf\": ...}, not " + shown(root))));
    }
    return new Reader().scenario(root);
  }

  /** The position as the {@code funds} command prints it: amounts as 2-decimal strings. */
  public static String write(FundingPosition position) {
    ObjectNode json = JSON.createObjectNode();
    json.put("pledged", cents(position.pledged()));
    json.put("received", cents(position.received()));
    json.put("spent", cents(position.spent()));
    json.put("committed", cents(position.committed()));
    json.put("available", cents(position.available()));
    json.put("burnRatePerWeek", cents(position.burnRatePerWeek()));
    if (position.exhaustionDate() == null) {
      json.putNull("exhaustionDate");
    } else {
      json.put("exhaustionDate", position.exhaustionDate().toString());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json);
  }

  private static String cents(MonetaryAmount amount) {
    return amount
        .getNumber()
        .numberValue(BigDecimal.class)
        .setScale(ExchangeRates.CENT_SCALE, java.math.RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  /** Reads one scenario, noting problems as it goes. */
  private static final class Reader {
    final List<ScenarioProblem> problems = new ArrayList<>();

    Reading scenario(JsonNode root) {
      onlyFields(root, "", SCENARIO_FIELDS, "a scenario");
      LocalDate asOf = date(root, "", "asOf", false);
      CurrencyUnit currency = currency(root, "", "currency");
      int before = problems.size();
      List<ExchangeRate> rates = list(root, "rates", this::rate);
      boolean ratesUsable = problems.size() == before && distinct(rates);
      List<Contribution> contributions = list(root, "contributions", this::contribution);
      List<Expenditure> expenditures = list(root, "expenditures", this::expenditure);
      List<Commitment> commitments = list(root, "commitments", this::commitment);
      FundingScenario scenario =
          asOf == null || currency == null || !ratesUsable
              ? null
              : new FundingScenario(
                  asOf,
                  currency,
                  new ExchangeRates(rates),
                  contributions,
                  expenditures,
                  commitments);
      return new Reading(scenario, problems);
    }

    ExchangeRate rate(JsonNode node, String path) {
      onlyFields(node, path, RATE_FIELDS, "a rate");
      LocalDate date = date(node, path, "date", false);
      CurrencyUnit from = currency(node, path, "from");
      CurrencyUnit to = currency(node, path, "to");
      BigDecimal rate = decimal(node, path, "rate", "rate", "0.9215");
      if (rate != null && rate.signum() == 0) {
        problem(path + ".rate", "must be greater than zero: " + shown(node.get("rate")));
        rate = null;
      }
      if (from != null && from.equals(to)) {
        problem(path, "from and to are both " + from.getCurrencyCode());
        return null;
      }
      return date == null || from == null || to == null || rate == null
          ? null
          : new ExchangeRate(date, from, to, rate);
    }

    Contribution contribution(JsonNode node, String path) {
      onlyFields(node, path, CONTRIBUTION_FIELDS, "a contribution");
      String donor = text(node, path, "donor");
      MonetaryAmount amount = amount(node, path);
      LocalDate pledged = date(node, path, "pledged", false);
      LocalDate received = date(node, path, "received", true);
      boolean receivedRead =
          node.has("received") && (node.get("received").isNull() || received != null);
      return donor == null || amount == null || pledged == null || !receivedRead
          ? null
          : new Contribution(path, donor, amount, pledged, received);
    }

    Expenditure expenditure(JsonNode node, String path) {
      onlyFields(node, path, EXPENDITURE_FIELDS, "an expenditure");
      LocalDate date = date(node, path, "date", false);
      MonetaryAmount amount = amount(node, path);
      String line = text(node, path, "line");
      return date == null || amount == null || line == null
          ? null
          : new Expenditure(path, date, amount, line);
    }

    Commitment commitment(JsonNode node, String path) {
      onlyFields(node, path, COMMITMENT_FIELDS, "a commitment");
      LocalDate date = date(node, path, "date", false);
      MonetaryAmount amount = amount(node, path);
      return date == null || amount == null ? null : new Commitment(path, date, amount);
    }

    /** The entries of a list that could be read; each one that could not is noted. */
    <T> List<T> list(JsonNode root, String name, BiFunction<JsonNode, String, T> entry) {
      JsonNode node = present(root, "", name);
      List<T> entries = new ArrayList<>();
      if (node == null) {
        return entries;
      }
      if (!node.isArray()) {
        problem(name, "must be a list [...] (empty if there are none), not " + shown(node));
        return entries;
      }
      for (int i = 0; i < node.size(); i++) {
        String path = name + "[" + i + "]";
        JsonNode item = node.get(i);
        if (!item.isObject()) {
          problem(path, "must be an object {...}, not " + shown(item));
          continue;
        }
        T read = entry.apply(item, path);
        if (read != null) {
          entries.add(read);
        }
      }
      return entries;
    }

    /** Two rates of one pair on one date would make a conversion depend on their order. */
    boolean distinct(List<ExchangeRate> rates) {
      Map<List<Object>, Integer> seen = new HashMap<>();
      boolean distinct = true;
      for (int i = 0; i < rates.size(); i++) {
        ExchangeRate rate = rates.get(i);
        Integer first = seen.putIfAbsent(List.of(rate.from(), rate.to(), rate.date()), i);
        if (first != null) {
          problem(
              "rates[" + i + "]",
              "a second rate "
                  + rate.from().getCurrencyCode()
                  + "->"
                  + rate.to().getCurrencyCode()
                  + " dated "
                  + rate.date()
                  + " (the first is rates["
                  + first
                  + "])");
          distinct = false;
        }
      }
      return distinct;
    }

    void onlyFields(JsonNode node, String path, List<String> fields, String what) {
      for (String name : node.propertyNames()) {
        if (!fields.contains(name)) {
          problem(
              at(path, name),
              "unknown field; " + what + " has exactly " + String.join(", ", fields));
        }
      }
    }

    /** The field's value, or null (noted) when it is absent or null. */
    JsonNode present(JsonNode node, String path, String name) {
      JsonNode value = node.get(name);
      if (value == null) {
        problem(at(path, name), "missing");
        return null;
      }
      if (value.isNull()) {
        problem(at(path, name), "must not be null");
        return null;
      }
      return value;
    }

    LocalDate date(JsonNode node, String path, String name, boolean nullable) {
      JsonNode value = nullable ? node.get(name) : present(node, path, name);
      if (nullable && value == null) {
        problem(at(path, name), "missing (null if not yet)");
        return null;
      }
      if (value == null || value.isNull()) {
        return null;
      }
      LocalDate date = StrictJson.date(value);
      if (date == null) {
        problem(at(path, name), "not a date (YYYY-MM-DD): " + shown(value));
      }
      return date;
    }

    CurrencyUnit currency(JsonNode node, String path, String name) {
      JsonNode value = present(node, path, name);
      if (value == null) {
        return null;
      }
      if (value.isString()
          && CURRENCY.matcher(value.stringValue()).matches()
          && Monetary.isCurrencyAvailable(value.stringValue())) {
        return Monetary.getCurrency(value.stringValue());
      }
      problem(at(path, name), "not an ISO 4217 currency code (e.g. \"USD\"): " + shown(value));
      return null;
    }

    MonetaryAmount amount(JsonNode node, String path) {
      BigDecimal amount = decimal(node, path, "amount", "amount", "1234.50");
      CurrencyUnit currency = currency(node, path, "currency");
      return amount == null || currency == null ? null : Money.of(amount, currency);
    }

    /** A non-negative decimal, or null (noted). */
    BigDecimal decimal(JsonNode node, String path, String name, String what, String example) {
      JsonNode value = present(node, path, name);
      if (value == null) {
        return null;
      }
      BigDecimal number = StrictJson.decimal(value);
      String field = at(path, name);
      if (number == null) {
        problem(field, "not a decimal " + what + " (e.g. \"" + example + "\"): " + shown(value));
        return null;
      }
      if (number.signum() < 0) {
        problem(field, "must not be negative: " + shown(value));
        return null;
      }
      if (number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
        problem(
            field,
            "too large, at most "
                + MAX_INTEGER_DIGITS
                + " digits before the point: "
                + shown(value));
        return null;
      }
      if (number.scale() > MAX_DECIMALS) {
        problem(field, "at most " + MAX_DECIMALS + " decimals: " + shown(value));
        return null;
      }
      return number;
    }

    String text(JsonNode node, String path, String name) {
      JsonNode value = present(node, path, name);
      if (value == null) {
        return null;
      }
      if (!value.isString() || value.stringValue().isBlank()) {
        problem(at(path, name), "must be a non-empty string, not " + shown(value));
        return null;
      }
      return value.stringValue();
    }

    void problem(String field, String message) {
      problems.add(new ScenarioProblem(field, message));
    }
  }
}
