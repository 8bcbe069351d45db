package org.homeward.reporting.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.homeward.reporting.dashboard.Dashboard;
import org.homeward.shared.web.Formats;

/**
 * Each panel's table as the page shows it, in the reader's language: its column headings and its
 * rows, the first cell of a row heading it. The page draws every table with one fragment, as {@link
 * DashboardCsv} writes every panel's CSV with codes rather than labels.
 */
final class PanelTables {

  /** A table: its headings and rows. */
  record Table(List<String> columns, List<Row> rows) {}

  /**
   * A row: its cells, the first heading the row; {@code kind} a class of the row (a funnel stage or
   * a way out), {@code key} the code it stands for (a stage), both may be empty.
   */
  record Row(List<String> cells, String kind, String key) {}

  /** A message in the reader's language. */
  interface Text {
    String of(String key, Object... args);
  }

  private final Text text;
  private final Formats formats;

  PanelTables(Text text, Formats formats) {
    this.text = text;
    this.formats = formats;
  }

  Map<String, Table> of(Dashboard d) {
    Map<String, Table> tables = new LinkedHashMap<>();
    tables.put(
        "pipeline",
        table(
            List.of("reporting.stage", "reporting.cases", "reporting.people"),
            d.pipeline(),
            s ->
                new Row(
                    List.of(
                        text.of("reporting.stage." + s.stage()),
                        formats.number(s.cases()),
                        formats.number(s.people())),
                    s.stage().inFunnel() ? "funnel" : "way-out",
                    s.stage().name())));
    tables.put(
        "departures",
        table(
            List.of(
                "reporting.month",
                "field.destinationCountry",
                "reporting.stage",
                "reporting.cases",
                "reporting.people"),
            d.departures(),
            r ->
                row(
                    r.month(),
                    formats.country(r.destination()),
                    text.of("reporting.stage." + r.stage()),
                    formats.number(r.cases()),
                    formats.number(r.people()))));
    tables.put(
        "nationalities",
        table(
            List.of("field.nationality", "reporting.people"),
            d.nationalities(),
            r -> row(formats.country(r.nationality()), formats.number(r.people()))));
    tables.put(
        "pyramid",
        table(
            List.of("reporting.age-band", "sex.F", "sex.M", "sex.X"),
            d.pyramid(),
            r ->
                row(
                    band(r.ageBand()),
                    formats.number(r.female()),
                    formats.number(r.male()),
                    formats.number(r.other()))));
    tables.put(
        "vulnerabilities",
        table(
            List.of("field.vulnerability", "reporting.people"),
            d.vulnerabilities(),
            r -> row(text.of("vulnerability." + r.vulnerability()), formats.number(r.people()))));
    tables.put(
        "plans",
        table(
            List.of(
                "reporting.plan-type", "field.status", "reporting.plans", "reporting.returnees"),
            d.plans(),
            r ->
                row(
                    text.of("plan-type." + r.type()),
                    text.of("plan-status." + r.status()),
                    formats.number(r.plans()),
                    formats.number(r.returnees()))));
    tables.put(
        "businesses",
        table(
            List.of("reporting.step", "reporting.visited", "reporting.operating"),
            d.businesses(),
            b ->
                row(
                    months(b.months()),
                    formats.number(b.visited()),
                    formats.number(b.operating()))));
    tables.put(
        "scores",
        table(
            List.of(
                "reporting.step",
                "reporting.visits",
                "reporting.economic",
                "reporting.social",
                "reporting.psychosocial",
                "reporting.composite"),
            d.scores(),
            r ->
                row(
                    months(r.months()),
                    formats.number(r.visits()),
                    plain(r.economic()),
                    plain(r.social()),
                    plain(r.psychosocial()),
                    plain(r.composite()))));
    tables.put(
        "appeals",
        table(
            List.of(
                "reporting.appeal",
                "funding.target",
                "funding.pledged",
                "funding.received",
                "reporting.progress"),
            d.appeals(),
            a ->
                row(
                    a.title(),
                    money(a.target(), a.currency()),
                    money(a.pledged(), a.currency()),
                    money(a.received(), a.currency()),
                    a.receivedPercent() + " %")));
    tables.put(
        "projects",
        table(
            List.of(
                "reporting.project",
                "funding.budget",
                "funding.committed",
                "funding.spent",
                "funding.available-money",
                "funding.exhaustion"),
            d.projects(),
            p ->
                row(
                    p.code() + " – " + p.title(),
                    money(p.budget(), p.currency()),
                    money(p.committed(), p.currency()),
                    money(p.spent(), p.currency()),
                    money(p.available(), p.currency()),
                    p.exhaustionDate() == null
                        ? text.of("funding.no-exhaustion")
                        : formats.date(p.exhaustionDate()))));
    return tables;
  }

  private <T> Table table(List<String> headings, List<T> items, Function<T, Row> row) {
    List<Row> rows = new ArrayList<>(items.size());
    items.forEach(i -> rows.add(row.apply(i)));
    return new Table(headings.stream().map(h -> text.of(h)).toList(), List.copyOf(rows));
  }

  private static Row row(String... cells) {
    return new Row(List.of(cells), "", "");
  }

  private String band(String band) {
    return band.equals("unknown")
        ? text.of("reporting.age-unknown")
        : text.of("reporting.age", band);
  }

  private String months(int months) {
    return text.of("reporting.months-after", months);
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  private static String money(BigDecimal amount, String currency) {
    return amount + " " + currency;
  }
}
