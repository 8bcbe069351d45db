package org.homeward.funding.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.homeward.funding.reports.DonorReports.SPENT;
import static org.homeward.funding.reports.DonorReports.TOTAL_BUDGET;
import static org.homeward.funding.reports.DonorReports.TOTAL_SPENT;
import static org.homeward.funding.reports.DonorReports.chf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The spreadsheet, read back: its numbers are the exact amounts, and its totals add up. */
class DonorReportXlsxTest {

  static byte[] write(DonorReport report, String language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DonorReportXlsx.write(report, Locale.forLanguageTag(language), out);
    return out.toByteArray();
  }

  static List<Row> rows(byte[] xlsx) throws IOException {
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
      return workbook.getFirstSheet().read();
    }
  }

  /** The rows of the table under the title {@code title}, from its header to its total. */
  static List<Row> table(List<Row> rows, String title) {
    int start = -1;
    for (int i = 0; i < rows.size(); i++) {
      if (title.equals(rows.get(i).getCellText(0))) {
        start = i + 2; // after the title and the header
      }
    }
    assertThat(start).as("a table titled %s", title).isPositive();
    List<Row> table = new ArrayList<>();
    for (int i = start; i < rows.size() && rows.get(i).getCellCount() > 1; i++) {
      if (rows.get(i).getCell(1) == null || rows.get(i).getCell(1).getType() != CellType.NUMBER) {
        break;
      }
      table.add(rows.get(i));
    }
    return table;
  }

  /** The value beside the header field labelled {@code label}. */
  static String field(List<Row> rows, String label) {
    return rows.stream()
        .filter(r -> label.equals(r.getCellText(0)))
        .findFirst()
        .orElseThrow()
        .getCellText(1);
  }

  static BigDecimal number(Row row, int column) {
    assertThat(row.getCell(column).getType()).isEqualTo(CellType.NUMBER);
    return row.getCell(column).asNumber();
  }

  @Test
  void expenditureLinesAndTheirTotalAreTheExactAmountsToTheCent() throws IOException {
    DonorReport report = DonorReports.swissProject();
    List<Row> expenditure = table(rows(write(report, "en")), "Expenditure by budget line (CHF)");

    assertThat(expenditure).hasSize(5);
    assertThat(expenditure.stream().map(r -> r.getCellText(0)))
        .containsExactly("Movement", "Reintegration", "Operations", "Staff", "Total");
    BigDecimal budget = BigDecimal.ZERO;
    BigDecimal spent = BigDecimal.ZERO;
    for (int i = 0; i < 4; i++) {
      assertThat(number(expenditure.get(i), 2)).isEqualByComparingTo(SPENT.get(i));
      budget = budget.add(number(expenditure.get(i), 1));
      spent = spent.add(number(expenditure.get(i), 2));
    }
    Row total = expenditure.get(4);
    assertThat(number(total, 1)).isEqualByComparingTo(budget).isEqualByComparingTo(TOTAL_BUDGET);
    assertThat(number(total, 2)).isEqualByComparingTo(spent).isEqualByComparingTo(TOTAL_SPENT);
    assertThat(total.getCell(2).getRawValue()).isEqualTo(TOTAL_SPENT);
    assertThat(report.totalSpent().getNumber().numberValue(BigDecimal.class))
        .isEqualByComparingTo(TOTAL_SPENT);
  }

  @Test
  void countsThePeopleFourWaysWithTotalsThatAgree() throws IOException {
    List<Row> rows = rows(write(DonorReports.swissProject(), "en"));

    List<Row> nationality = table(rows, "People assisted by nationality");
    assertThat(nationality.stream().map(r -> r.getCellText(0) + "=" + number(r, 1).intValue()))
        .containsExactly(
            "Cameroon=18",
            "Senegal=12",
            "Guinea=6",
            "Stateless or unknown nationality (XXA)=4",
            "Total=40");
    assertThat(table(rows, "People assisted by sex").stream().map(r -> number(r, 1).intValue()))
        .containsExactly(16, 23, 1, 40);
    assertThat(table(rows, "People assisted by age group").stream().map(r -> r.getCellText(0)))
        .containsExactly("Under 5", "5 to 11", "12 to 17", "18 to 59", "60 and over", "Total");
    assertThat(table(rows, "People assisted by age group").getLast().getCellText(1))
        .isEqualTo("40");
    List<Row> vulnerability = table(rows, "People assisted by vulnerability");
    assertThat(vulnerability.getFirst().getCellText(0)).isEqualTo("Unaccompanied child");
    assertThat(vulnerability.getLast().getCellText(0))
        .isEqualTo("People with at least one vulnerability");
    assertThat(number(vulnerability.getLast(), 1)).isEqualByComparingTo("9");
  }

  @Test
  void speaksTheReadersLanguage() throws IOException {
    List<Row> french = rows(write(DonorReports.swissProject(), "fr"));
    assertThat(french.getFirst().getCellText(0)).isEqualTo("Rapport au bailleur de fonds");
    assertThat(table(french, "Dépenses par ligne budgétaire (CHF)").getFirst().getCellText(0))
        .isEqualTo("Mouvements");
    assertThat(field(french, "Période")).isEqualTo("du 1 juillet 2011 au 30 juin 2012");
    assertThat(field(french, "Monnaie")).isEqualTo("CHF – franc suisse");

    byte[] arabic = write(DonorReports.swissProject(), "ar");
    List<Row> rows = rows(arabic);
    assertThat(rows.getFirst().getCellText(0)).isEqualTo("تقرير إلى الجهة المانحة");
    assertThat(table(rows, "النفقات حسب بند الميزانية (CHF)").getLast().getCellText(0))
        .isEqualTo("المجموع");
    assertThat(sheetXml(arabic)).contains("rightToLeft=\"true\"");

    List<Row> other = rows(write(DonorReports.swissProject(), "de"));
    assertThat(other.getFirst().getCellText(0)).isEqualTo("Donor report");
    assertThat(sheetXml(write(DonorReports.swissProject(), "en"))).doesNotContain("rightToLeft");
  }

  @Test
  void showsEveryBudgetLineAndAZeroForALineNotGiven() throws IOException {
    DonorReport report =
        withLines(List.of(new LineExpenditure(BudgetLine.STAFF, chf("1000.00"), chf("999.99"))));

    List<Row> expenditure = table(rows(write(report, "en")), "Expenditure by budget line (CHF)");

    assertThat(expenditure.stream().map(r -> r.getCellText(0) + "=" + number(r, 2)))
        .containsExactly(
            "Movement=0.00",
            "Reintegration=0.00",
            "Operations=0.00",
            "Staff=999.99",
            "Total=999.99");
  }

  @Test
  void printsACurrencyWithoutCentsWholeUnlessAnAmountHasCents() throws IOException {
    CurrencyUnit xof = Monetary.getCurrency("XOF");
    DonorReport whole =
        inCurrency(
            xof,
            new LineExpenditure(
                BudgetLine.MOVEMENT, Money.of(2_000_000, xof), Money.of(1_500_000, xof)));
    List<Row> rows = table(rows(write(whole, "en")), "Expenditure by budget line (XOF)");
    assertThat(rows.getLast().getCell(2).getRawValue()).isEqualTo("1500000");
    assertThat(rows.getLast().getCell(2).getDataFormatString()).isEqualTo("#,##0");

    DonorReport converted =
        inCurrency(
            xof,
            new LineExpenditure(
                BudgetLine.MOVEMENT,
                Money.of(2_000_000, xof),
                Money.of(new BigDecimal("1500000.25"), xof)),
            new LineExpenditure(
                BudgetLine.STAFF, Money.of(0, xof), Money.of(new BigDecimal("0.50"), xof)));
    rows = table(rows(write(converted, "en")), "Expenditure by budget line (XOF)");
    assertThat(rows.getLast().getCell(2).getRawValue()).isEqualTo("1500000.75");
    assertThat(rows.getLast().getCell(1).getRawValue()).isEqualTo("2000000.00");
    assertThat(rows.getLast().getCell(2).getDataFormatString()).isEqualTo("#,##0.00");
  }

  static DonorReport inCurrency(CurrencyUnit currency, LineExpenditure... lines) {
    DonorReport sample = DonorReports.swissProject();
    return new DonorReport(
        sample.projectCode(),
        sample.projectTitle(),
        sample.donors(),
        sample.periodStart(),
        sample.periodEnd(),
        currency,
        sample.people(),
        List.of(lines),
        sample.producedOn());
  }

  @Test
  void refusesAmountsThatWouldNotAddUpAsPrinted() {
    assertThatThrownBy(() ->
            withLines(
                List.of(new LineExpenditure(BudgetLine.STAFF, chf("1000.00"), chf("999.995")))))
        .hasMessageContaining("rounded to 2 decimals");
    assertThatThrownBy(() ->
            withLines(
                List.of(new LineExpenditure(BudgetLine.STAFF, chf("1000.00"), Money.of(1, "EUR")))))
        .hasMessageContaining("must be in CHF");
    assertThatThrownBy(() ->
            new PeopleAssisted(
                Map.of("CMR", 3L),
                Map.of(org.homeward.registry.Sex.F, 2L),
                Map.of(AgeGroup.UNDER_5, 3L),
                Map.of(),
                0))
        .hasMessageContaining("must count the same people");
  }

  static DonorReport withLines(List<LineExpenditure> lines) {
    DonorReport sample = DonorReports.swissProject();
    return new DonorReport(
        sample.projectCode(),
        sample.projectTitle(),
        sample.donors(),
        sample.periodStart(),
        sample.periodEnd(),
        sample.currency(),
        sample.people(),
        lines,
        LocalDate.parse("2012-07-05"));
  }

  /** The sheet's own XML, read from the zip's central directory as a spreadsheet program does. */
  static String sheetXml(byte[] xlsx) throws IOException {
    Path file = Files.createTempFile("donor-report", ".xlsx");
    try {
      Files.write(file, xlsx);
      try (ZipFile zip = new ZipFile(file.toFile())) {
        ZipEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
        assertThat(sheet).as("the workbook's sheet").isNotNull();
        return new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
      }
    } finally {
      Files.delete(file);
    }
  }
}
