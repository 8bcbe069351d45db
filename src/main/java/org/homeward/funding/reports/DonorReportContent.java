package org.homeward.funding.reports;

import java.math.BigDecimal;
import java.text.Collator;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.CountryCode;

/**
 * A donor report laid out once, in the reader's language, for both the spreadsheet and the PDF: the
 * header fields and the tables, each with its total computed here from its own rows. Both files
 * print these same numbers.
 */
record DonorReportContent(
    String title, List<Field> fields, List<Table> tables, int moneyDecimals, ReportLabels labels) {

  record Field(String label, String value) {}

  /** A row: its label and one exact number per column after the label. */
  record Row(String label, List<BigDecimal> values) {}

  /**
   * A table of people (whole numbers) or of money in the project currency.
   *
   * @param total the last row, printed in bold; for vulnerabilities the people with any, not a sum
   * @param note may be null
   */
  record Table(
      String title, List<String> headers, List<Row> rows, Row total, boolean money, String note) {}

  /** How many decimals the numbers of {@code table} have. */
  int decimals(Table table) {
    return table.money() ? moneyDecimals : 0;
  }

  static DonorReportContent of(DonorReport report, ReportLabels labels) {
    return new Layout(report, labels).content();
  }

  /** The number as the reader writes it: {@code 12 345,67} in French, {@code 12,345.67} else. */
  String format(BigDecimal value, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(labels.locale());
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setGroupingUsed(true);
    return format.format(value);
  }

  private static final class Layout {

    private final DonorReport report;
    private final ReportLabels labels;
    private final int decimals;

    Layout(DonorReport report, ReportLabels labels) {
      this.report = report;
      this.labels = labels;
      List<BigDecimal> amounts = new ArrayList<>();
      for (LineExpenditure line : report.lines()) {
        amounts.add(report.exact(line.budget()));
        amounts.add(report.exact(line.spent()));
      }
      this.decimals = ReportText.decimals(report.currency(), amounts);
    }

    DonorReportContent content() {
      List<Table> tables = new ArrayList<>();
      PeopleAssisted people = report.people();
      tables.add(
          peopleTable(
              "funding.report.by-nationality",
              labels.get("field.nationality"),
              nationalities(people.byNationality())));
      tables.add(
          peopleTable(
              "funding.report.by-sex",
              labels.get("field.sex"),
              inOrder(Sex.values(), people.bySex(), s -> labels.get("sex." + s.name()))));
      tables.add(
          peopleTable(
              "funding.report.by-age-group",
              labels.get("funding.report.age-group"),
              inOrder(
                  AgeGroup.values(),
                  people.byAgeGroup(),
                  a -> labels.get("funding.report.age." + a.name()))));
      tables.add(vulnerabilities(people));
      tables.add(expenditure());
      return new DonorReportContent(
          labels.get("funding.report.title"), fields(), tables, decimals, labels);
    }

    private List<Field> fields() {
      DateTimeFormatter dates =
          DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(labels.locale());
      Currency currency = Currency.getInstance(report.currency().getCurrencyCode());
      String separator = labels.rightToLeft() ? "، " : ", ";
      return List.of(
          new Field(labels.get("funding.report.project-code"), report.projectCode()),
          new Field(labels.get("funding.report.project-title"), report.projectTitle()),
          new Field(labels.get("funding.report.donors"), String.join(separator, report.donors())),
          new Field(
              labels.get("funding.report.period"),
              labels.get(
                  "funding.report.period-range",
                  dates.format(report.periodStart()),
                  dates.format(report.periodEnd()))),
          new Field(
              labels.get("funding.report.currency"),
              currency.getCurrencyCode() + " – " + currency.getDisplayName(labels.locale())),
          new Field(labels.get("funding.report.people-assisted"), count(report.people().total())),
          new Field(labels.get("funding.report.produced-on"), dates.format(report.producedOn())));
    }

    private String count(long people) {
      NumberFormat format = NumberFormat.getIntegerInstance(labels.locale());
      return format.format(people);
    }

    private Table peopleTable(String titleKey, String header, List<Row> rows) {
      return new Table(
          labels.get(titleKey),
          List.of(header, labels.get("funding.report.people")),
          rows,
          new Row(labels.get("funding.report.total"), List.of(sum(rows, 0))),
          false,
          null);
    }

    /** The nationalities assisted, most people first, then by name in the reader's language. */
    private List<Row> nationalities(Map<String, Long> counts) {
      Collator collator = Collator.getInstance(labels.locale());
      return counts.entrySet().stream()
          .map(e -> new Row(nationality(e.getKey()), List.of(BigDecimal.valueOf(e.getValue()))))
          .sorted(
              Comparator.comparing((Row r) -> r.values().get(0))
                  .reversed()
                  .thenComparing(Row::label, collator))
          .toList();
    }

    private String nationality(String code) {
      if (CountryCode.isStateless(code)) {
        return labels.get("country.stateless") + " (" + code + ")";
      }
      return new CountryCode(code).displayName(labels.locale());
    }

    /** Every category in its fixed order, zero included, so two reports compare line by line. */
    private <K extends Enum<K>> List<Row> inOrder(
        K[] keys, Map<K, Long> counts, Function<K, String> label) {
      List<Row> rows = new ArrayList<>();
      for (K key : keys) {
        rows.add(
            new Row(label.apply(key), List.of(BigDecimal.valueOf(counts.getOrDefault(key, 0L)))));
      }
      return rows;
    }

    private Table vulnerabilities(PeopleAssisted people) {
      List<Row> rows =
          inOrder(
              Vulnerability.values(),
              people.byVulnerability(),
              v -> labels.get("vulnerability." + v.name()));
      return new Table(
          labels.get("funding.report.by-vulnerability"),
          List.of(labels.get("field.vulnerability"), labels.get("funding.report.people")),
          rows,
          new Row(
              labels.get("funding.report.with-any-vulnerability"),
              List.of(BigDecimal.valueOf(people.withAnyVulnerability()))),
          false,
          labels.get("funding.report.vulnerability-note"));
    }

    private Table expenditure() {
      List<Row> rows = new ArrayList<>();
      for (LineExpenditure line : report.lines()) {
        rows.add(
            new Row(
                labels.get("funding.report.line." + line.line().name()),
                List.of(
                    report.exact(line.budget()).setScale(decimals),
                    report.exact(line.spent()).setScale(decimals))));
      }
      return new Table(
          labels.get("funding.report.expenditure", report.currency().getCurrencyCode()),
          List.of(
              labels.get("funding.report.budget-line"),
              labels.get("funding.report.budget"),
              labels.get("funding.report.spent")),
          rows,
          new Row(labels.get("funding.report.total"), List.of(sum(rows, 0), sum(rows, 1))),
          true,
          null);
    }

    private static BigDecimal sum(List<Row> rows, int column) {
      BigDecimal sum = BigDecimal.ZERO;
      for (Row row : rows) {
        sum = sum.add(row.values().get(column));
      }
      return sum;
    }
  }
}
