package org.homeward.funding.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.homeward.shared.files.CsvReader;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AppealCsvTest {

  static final CurrencyUnit USD = Monetary.getCurrency("USD");
  static final CurrencyUnit XOF = Monetary.getCurrency("XOF");

  static final String AWKWARD_TITLE = "Morocco, 2012: \"Going home\"\nphase 2";

  static MonetaryAmount money(String amount, CurrencyUnit currency) {
    return Money.of(new BigDecimal(amount), currency);
  }

  static AppealFigures morocco(String title) {
    return new AppealFigures(
        title,
        "MAR",
        USD,
        money("800000", USD),
        money("540000.00", USD),
        money("412345.67", USD),
        1000,
        312);
  }

  static String csv(List<AppealFigures> appeals) {
    StringWriter out = new StringWriter();
    AppealCsv.write(appeals, out);
    return out.toString();
  }

  static List<List<String>> parse(String csv) {
    return CsvReader.parse(csv);
  }

  @Test
  void writesAHeaderAndOneRowPerAppealWithItsGapAndProgress() {
    String csv = csv(List.of(morocco("Appeal for Morocco")));

    assertThat(csv)
        .isEqualTo(
            "title,mission,currency,target,pledged,received,gap,target_people,people_assisted,"
                + "progress_percent\r\n"
                + "Appeal for Morocco,MAR,USD,800000.00,540000.00,412345.67,387654.33,1000,312,"
                + "51.5\r\n");
  }

  @Test
  void quotesATitleWithACommaAQuoteAndALineBreak() {
    String csv = csv(List.of(morocco(AWKWARD_TITLE), morocco("Plain")));

    assertThat(csv).contains("\"Morocco, 2012: \"\"Going home\"\"\nphase 2\",MAR,USD,");
    List<List<String>> rows = parse(csv);
    assertThat(rows).hasSize(3);
    assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(10));
    assertThat(rows.get(1).get(0)).isEqualTo(AWKWARD_TITLE);
    assertThat(rows.get(1).get(6)).isEqualTo("387654.33");
    assertThat(rows.get(2).get(0)).isEqualTo("Plain");
  }

  @Test
  void writesUtf8AndTheCurrencysOwnDecimals() {
    AppealFigures senegal =
        new AppealFigures(
            "Appel d’urgence – Dakar & Thiès / نداء",
            "SEN",
            XOF,
            money("50000000", XOF),
            money("65000000", XOF),
            money("60000000", XOF),
            200,
            230);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AppealCsv.write(List.of(senegal), out);

    List<List<String>> rows = parse(out.toString(StandardCharsets.UTF_8));
    assertThat(rows.get(1))
        .containsExactly(
            "Appel d’urgence – Dakar & Thiès / نداء",
            "SEN",
            "XOF",
            "50000000",
            "65000000",
            "60000000",
            "0",
            "200",
            "230",
            "120.0");
    assertThat(out.toByteArray()[0]).as("no byte order mark").isEqualTo((byte) 't');
  }

  @Test
  void keepsASpreadsheetFromRunningATitleAsAFormula() {
    List<List<String>> rows = parse(csv(List.of(morocco("=HYPERLINK(\"http://x\")"))));

    assertThat(rows.get(1).get(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
  }

  @Test
  void refusesAmountsInAnotherCurrencyOrAZeroTarget() {
    assertThatThrownBy(() ->
            new AppealFigures(
                "A",
                "MAR",
                USD,
                money("800000", USD),
                money("1", Monetary.getCurrency("EUR")),
                money("0", USD),
                1,
                0))
        .hasMessageContaining("must be in USD");
    assertThatThrownBy(() ->
            new AppealFigures(
                "A", "MAR", USD, money("0", USD), money("0", USD), money("0", USD), 1, 0))
        .hasMessageContaining("more than zero");
  }
}
