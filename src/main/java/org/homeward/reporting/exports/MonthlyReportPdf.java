package org.homeward.reporting.exports;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.homeward.registry.CaseFlows.Count;
import org.homeward.shared.CountryCode;
import org.homeward.shared.files.PdfCells;
import org.homeward.shared.files.PdfFile;
import org.homeward.shared.files.PdfFonts;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.PageSize;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.springframework.context.MessageSource;

/**
 * The monthly operational report as a printable PDF (A4 portrait) in the reader's language: the key
 * figures of the month as a table, then bar charts drawn in the file (departures by destination,
 * registrations over six months, each project's money). Arabic is shaped and laid out right to
 * left, in the embedded Noto fonts, as every PDF of the application.
 */
final class MonthlyReportPdf {

  static final String MEDIA_TYPE = "application/pdf";

  private static final float TEXT = 10;

  private MonthlyReportPdf() {}

  static void write(MonthlyFigures f, Locale reader, MessageSource messages, OutputStream out) {
    Locale locale = Locale.forLanguageTag(reader.getLanguage());
    boolean rtl = locale.getLanguage().equals("ar");
    PdfCells cells = PdfCells.of(PdfFonts.find(), rtl, 4);
    Text text = new Text(messages, locale);
    String title = text.get("monthly.title");
    PdfFile.write(
        new Document(PageSize.A4, 40, 40, 40, 40),
        title + " – " + f.missionCode() + " – " + f.month(),
        locale,
        out,
        document -> {
          PdfPTable heading = cells.table(1);
          heading.addCell(plain(cells, title, true, 16));
          heading.addCell(
              plain(
                  cells,
                  text.get(
                      "monthly.subtitle", f.missionName(), f.missionCode(), text.month(f.month())),
                  false,
                  12));
          heading.addCell(plain(cells, text.get("monthly.as-of", text.day(f.asOf())), false, 9));
          document.add(heading);

          document.add(keyFigures(f, cells, text));

          List<BarChart.Bar> departures = new ArrayList<>();
          f.departures().entrySet().stream()
              .sorted(
                  Map.Entry.<String, Count>comparingByValue(Comparator.comparingLong(Count::people))
                      .reversed())
              .forEach(e ->
                  departures.add(
                      new BarChart.Bar(
                          text.country(e.getKey()),
                          e.getValue().people(),
                          text.count(e.getValue()))));
          document.add(
              BarChart.of(
                  text.get("monthly.chart-departures"),
                  departures,
                  text.get("monthly.none"),
                  cells));

          List<BarChart.Bar> registrations = new ArrayList<>();
          f.registrationsByMonth().entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .forEach(e ->
                  registrations.add(
                      new BarChart.Bar(
                          text.month(e.getKey()), e.getValue(), text.number(e.getValue()))));
          document.add(
              BarChart.of(
                  text.get("monthly.chart-registrations"),
                  registrations,
                  text.get("monthly.none"),
                  cells));

          for (MonthlyFigures.ProjectMoney p : f.projects()) {
            document.add(
                BarChart.of(
                    text.get(
                        "monthly.chart-project", p.code(), p.title(), p.budget().getCurrency()),
                    List.of(
                        bar(text.get("monthly.budget"), p.budget(), text),
                        bar(text.get("monthly.received"), p.received(), text),
                        bar(text.get("monthly.committed"), p.committed(), text),
                        bar(text.get("monthly.spent"), p.spent(), text)),
                    text.get("monthly.none"),
                    cells));
          }

          PdfPTable note = cells.table(1);
          note.setSpacingBefore(14);
          note.addCell(plain(cells, text.get("monthly.note"), false, 8));
          document.add(note);
        });
  }

  private static PdfPTable keyFigures(MonthlyFigures f, PdfCells cells, Text text) {
    PdfPTable table = cells.table(5, 4);
    table.setSpacingBefore(12);
    PdfPCell heading = cells.cell(text.get("monthly.key-figures"), true, 12, Element.ALIGN_LEFT);
    heading.setColspan(2);
    heading.setBorder(Rectangle.NO_BORDER);
    heading.setPaddingBottom(4);
    table.addCell(heading);
    row(table, cells, text.get("monthly.registered"), text.count(f.registered()));
    row(table, cells, text.get("monthly.eligible"), text.count(f.eligible()));
    row(table, cells, text.get("monthly.departed"), text.count(f.departed()));
    row(table, cells, text.get("monthly.arrived"), text.count(f.arrived()));
    row(table, cells, text.get("monthly.plans-approved"), text.number(f.plansApproved()));
    for (MonthlyFigures.ProjectMoney p : f.projects()) {
      String project = p.code();
      row(table, cells, text.get("monthly.project-received", project), text.amount(p.received()));
      row(table, cells, text.get("monthly.project-committed", project), text.amount(p.committed()));
      row(table, cells, text.get("monthly.project-spent", project), text.amount(p.spent()));
      row(
          table,
          cells,
          text.get("monthly.project-runs-out", project),
          p.runsOutOn() == null ? text.get("monthly.not-spending") : text.day(p.runsOutOn()));
    }
    return table;
  }

  private static void row(PdfPTable table, PdfCells cells, String label, String value) {
    table.addCell(cells.cell(label, false, TEXT, Element.ALIGN_LEFT));
    table.addCell(cells.cell(value, true, TEXT, Element.ALIGN_LEFT));
  }

  private static BarChart.Bar bar(String label, MonetaryAmount amount, Text text) {
    return new BarChart.Bar(
        label, amount.getNumber().numberValue(BigDecimal.class).doubleValue(), text.amount(amount));
  }

  private static PdfPCell plain(PdfCells cells, String text, boolean bold, float size) {
    PdfPCell cell = cells.cell(text, bold, size, Element.ALIGN_LEFT);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPaddingBottom(4);
    return cell;
  }

  /** The report's words, numbers and dates in the reader's language. */
  private record Text(MessageSource messages, Locale locale) {

    String get(String key, Object... args) {
      return messages.getMessage(key, args, locale);
    }

    String number(long n) {
      return NumberFormat.getIntegerInstance(locale).format(n);
    }

    String count(Count count) {
      return get("monthly.households-people", number(count.households()), number(count.people()));
    }

    String amount(MonetaryAmount amount) {
      NumberFormat format = NumberFormat.getNumberInstance(locale);
      format.setMinimumFractionDigits(2);
      format.setMaximumFractionDigits(2);
      return format.format(amount.getNumber().numberValue(BigDecimal.class))
          + " "
          + amount.getCurrency().getCurrencyCode();
    }

    String day(LocalDate day) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(day);
    }

    String month(YearMonth month) {
      return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(month);
    }

    String country(String iso3) {
      return CountryCode.isValid(iso3) ? new CountryCode(iso3).displayName(locale) : iso3;
    }
  }
}
