package org.homeward.funding.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioJsonTest {

  /** A valid scenario; each test breaks one part of it. */
  static final String VALID =
      """
      {"asOf": "2012-06-30", "currency": "USD",
       "rates": [{"date": "2012-01-01", "from": "CHF", "to": "USD", "rate": "1.05"}],
       "contributions": [
         {"donor": "Switzerland", "amount": "1000.00", "currency": "CHF",
          "pledged": "2012-02-15", "received": null},
         {"donor": "Belgium", "amount": "500.00", "currency": "USD",
          "pledged": "2012-03-01", "received": "2012-03-10"}],
       "expenditures": [{"date": "2012-06-01", "amount": "80.00", "currency": "USD",
                         "line": "movement"}],
       "commitments": [{"date": "2012-06-02", "amount": "20.00", "currency": "USD"}]}
      """;

  static List<String> problems(String json) {
    return switch (ScenarioJson.position(json)) {
      case PositionOutcome.Refused refused ->
          refused.problems().stream().map(ScenarioProblem::toString).toList();
      case PositionOutcome.Calculated calculated -> List.of();
    };
  }

  static String replace(String target, String replacement) {
    assertThat(VALID).contains(target);
    return VALID.replace(target, replacement);
  }

  @Test
  void readsAValidScenario() {
    assertThat(ScenarioJson.position(VALID))
        .isInstanceOfSatisfying(
            PositionOutcome.Calculated.class,
            calculated ->
                assertThat(ScenarioJson.write(calculated.position()))
                    .isEqualToIgnoringWhitespace(
                        """
                        {"pledged": "1550.00", "received": "500.00", "spent": "80.00",
                         "committed": "20.00", "available": "400.00",
                         "burnRatePerWeek": "10.00", "exhaustionDate": "2013-04-06"}
                        """
                            .replace(": ", " : ")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          unknown currency       | "currency": "CHF"                  | "currency": "CHX"                  | contributions[0].currency: not an ISO 4217 currency code (e.g. "USD"): "CHX"
          lower-case currency    | "asOf": "2012-06-30", "currency": "USD" | "asOf": "2012-06-30", "currency": "usd" | currency: not an ISO 4217 currency code (e.g. "USD"): "usd"
          negative amount        | "amount": "80.00"                  | "amount": "-80.00"                 | expenditures[0].amount: must not be negative: "-80.00"
          malformed amount       | "amount": "20.00"                  | "amount": "20,00"                  | commitments[0].amount: not a decimal amount (e.g. "1234.50"): "20,00"
          amount with exponent   | "amount": "20.00"                  | "amount": "2E1"                    | commitments[0].amount: not a decimal amount (e.g. "1234.50"): "2E1"
          amount too large       | "amount": "20.00"                  | "amount": "1234567890123456"       | commitments[0].amount: too large, at most 15 digits before the point: "1234567890123456"
          amount as a boolean    | "amount": "20.00"                  | "amount": true                     | commitments[0].amount: not a decimal amount (e.g. "1234.50"): true
          impossible date        | "received": "2012-03-10"           | "received": "2012-13-01"           | contributions[1].received: not a date (YYYY-MM-DD): "2012-13-01"
          February 30            | "asOf": "2012-06-30"               | "asOf": "2012-02-30"               | asOf: not a date (YYYY-MM-DD): "2012-02-30"
          date in another format | "date": "2012-06-01"               | "date": "01/06/2012"               | expenditures[0].date: not a date (YYYY-MM-DD): "01/06/2012"
          date as a number       | "pledged": "2012-03-01"            | "pledged": 20120301                | contributions[1].pledged: not a date (YYYY-MM-DD): 20120301
          missing field          | "donor": "Belgium",                | ``                                 | contributions[1].donor: missing
          missing received       | , "received": null                 | ``                                 | contributions[0].received: missing (null if not yet)
          null field             | "donor": "Belgium"                 | "donor": null                      | contributions[1].donor: must not be null
          blank donor            | "donor": "Belgium"                 | "donor": " "                       | contributions[1].donor: must be a non-empty string, not " "
          zero rate              | "rate": "1.05"                     | "rate": "0"                        | rates[0].rate: must be greater than zero: "0"
          negative rate          | "rate": "1.05"                     | "rate": "-1.05"                    | rates[0].rate: must not be negative: "-1.05"
          rate to itself         | "to": "USD"                        | "to": "CHF"                        | rates[0]: from and to are both CHF
          list not a list        | "commitments": [{"date": "2012-06-02", "amount": "20.00", "currency": "USD"}] | "commitments": {} | commitments: must be a list [...] (empty if there are none), not {}
          entry not an object    | "commitments": [{"date": "2012-06-02", "amount": "20.00", "currency": "USD"}] | "commitments": [42] | commitments[0]: must be an object {...}, not 42
          missing list           | "commitments": [{"date": "2012-06-02", "amount": "20.00", "currency": "USD"}]} | "commitmentz": []} | commitmentz: unknown field; a scenario has exactly asOf, currency, rates, contributions, expenditures, commitments
          unknown entry field    | "line": "movement"                 | "line": "movement", "case": "MA-1" | expenditures[0].case: unknown field; an expenditure has exactly date, amount, currency, line
          missing rate           | "pledged": "2012-02-15"            | "pledged": "2011-12-31"            | contributions[0].pledged: no exchange rate CHF->USD (nor USD->CHF) dated on or before 2011-12-31
          """)
  void namesTheFieldOfEachBadInput(String what, String target, String replacement, String problem) {
    List<String> problems = problems(replace(target, replacement == null ? "" : replacement));
    assertThat(problems).contains(problem);
    if (!what.equals("missing list")) {
      assertThat(problems).as("only the broken part is reported").hasSize(1);
    }
  }

  @Test
  void reportsAMissingListBesidesTheUnknownField() {
    assertThat(
            problems(
                replace(
                    "\"commitments\": [{\"date\": \"2012-06-02\", \"amount\": \"20.00\","
                        + " \"currency\": \"USD\"}]}",
                    "\"commitmentz\": []}")))
        .containsExactly(
            "commitmentz: unknown field; a scenario has exactly asOf, currency, rates,"
                + " contributions, expenditures, commitments",
            "commitments: missing");
  }

  @Test
  void collectsEveryProblemBeforeAnswering() {
    String json =
        VALID
            .replace("\"asOf\": \"2012-06-30\"", "\"asOf\": \"2012-6-30\"")
            .replace("\"amount\": \"80.00\"", "\"amount\": \"-1\"")
            .replace("\"received\": \"2012-03-10\"", "\"received\": \"soon\"");
    assertThat(problems(json))
        .containsExactly(
            "asOf: not a date (YYYY-MM-DD): \"2012-6-30\"",
            "contributions[1].received: not a date (YYYY-MM-DD): \"soon\"",
            "expenditures[0].amount: must not be negative: \"-1\"");
  }

  @Test
  void reportsMissingRatesTogetherWithOtherProblems() {
    String json =
        VALID
            .replace("\"pledged\": \"2012-02-15\"", "\"pledged\": \"2011-02-15\"")
            .replace("\"line\": \"movement\"", "\"line\": 7");
    assertThat(problems(json))
        .containsExactly(
            "expenditures[0].line: must be a non-empty string, not 7",
            "contributions[0].pledged: no exchange rate CHF->USD (nor USD->CHF) dated on or before"
                + " 2011-02-15");
  }

  @Test
  void refusesTwoRatesOfOnePairOnOneDate() {
    String json =
        replace(
            "\"rate\": \"1.05\"}]",
            "\"rate\": \"1.05\"}, {\"date\": \"2012-01-01\", \"from\": \"CHF\", \"to\": \"USD\","
                + " \"rate\": \"1.06\"}]");
    assertThat(problems(json))
        .containsExactly(
            "rates[1]: a second rate CHF->USD dated 2012-01-01 (the first is rates[0])");
  }

  @Test
  void readsJsonNumbersExactly() {
    String json = replace("\"amount\": \"80.00\"", "\"amount\": 80.10000000000000000001");
    assertThat(ScenarioJson.read(json).problems()).isEmpty();
    assertThat(
            ExchangeRatesTest.value(
                ScenarioJson.read(json).scenario().expenditures().getFirst().amount()))
        .isEqualByComparingTo("80.10000000000000000001");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          empty                | ``                     | empty; expected a JSON object {"asOf": ...}
          blank                | `   `                  | empty; expected a JSON object {"asOf": ...}
          not JSON             | asOf=2012-06-30        | not JSON:
          cut short            | {"asOf": "2012-06-30", | not JSON:
          a list               | []                     | expected a JSON object {"asOf": ...}, not []
          two objects          | {} {}                  | not JSON:
          a duplicated field   | {"asOf": "2012-06-30", "asOf": "2012-06-30"} | not JSON:
          """)
  void refusesTextThatIsNotAScenarioObject(String what, String text, String problem) {
    List<String> problems = problems(text == null ? "" : text);
    assertThat(problems).singleElement().asString().startsWith(problem).doesNotContain("\n");
  }
}
