package org.homeward.reporting.dashboard.web;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.homeward.reporting.dashboard.Dashboard;
import org.homeward.shared.files.Csv;

/** Each panel of the dashboard as CSV: its table, with codes rather than translated labels. */
final class DashboardCsv {

  static final Set<String> PANELS =
      Set.of(
          "pipeline",
          "departures",
          "nationalities",
          "pyramid",
          "vulnerabilities",
          "plans",
          "businesses",
          "scores",
          "appeals",
          "projects");

  private DashboardCsv() {}

  static void write(String panel, Dashboard d, OutputStream out) {
    Csv csv = Csv.to(out);
    switch (panel) {
      case "pipeline" -> {
        csv.row(List.of("stage", "in_funnel", "cases", "people"));
        d.pipeline()
            .forEach(s ->
                csv.row(
                    List.of(
                        s.stage().name(),
                        String.valueOf(s.stage().inFunnel()),
                        n(s.cases()),
                        n(s.people()))));
      }
      case "departures" -> {
        csv.row(List.of("month", "destination", "stage", "cases", "people"));
        d.departures()
            .forEach(r ->
                csv.row(
                    List.of(
                        r.month(),
                        r.destination(),
                        r.stage().name(),
                        n(r.cases()),
                        n(r.people()))));
      }
      case "nationalities" -> {
        csv.row(List.of("nationality", "people"));
        d.nationalities().forEach(r -> csv.row(List.of(r.nationality(), n(r.people()))));
      }
      case "pyramid" -> {
        csv.row(List.of("age_band", "female", "male", "other"));
        d.pyramid()
            .forEach(r -> csv.row(List.of(r.ageBand(), n(r.female()), n(r.male()), n(r.other()))));
      }
      case "vulnerabilities" -> {
        csv.row(List.of("vulnerability", "people"));
        d.vulnerabilities().forEach(r -> csv.row(List.of(r.vulnerability(), n(r.people()))));
      }
      case "plans" -> {
        csv.row(List.of("plan_type", "status", "plans", "returnees"));
        d.plans()
            .forEach(r -> csv.row(List.of(r.type(), r.status(), n(r.plans()), n(r.returnees()))));
      }
      case "businesses" -> {
        csv.row(List.of("months", "visited", "operating"));
        d.businesses()
            .forEach(b ->
                csv.row(List.of(String.valueOf(b.months()), n(b.visited()), n(b.operating()))));
      }
      case "scores" -> {
        csv.row(List.of("months", "visits", "economic", "social", "psychosocial", "composite"));
        d.scores()
            .forEach(r ->
                csv.row(
                    List.of(
                        String.valueOf(r.months()),
                        n(r.visits()),
                        dec(r.economic()),
                        dec(r.social()),
                        dec(r.psychosocial()),
                        dec(r.composite()))));
      }
      case "appeals" -> {
        csv.row(
            List.of(
                "appeal",
                "mission",
                "currency",
                "target",
                "target_people",
                "pledged",
                "received",
                "received_percent"));
        d.appeals()
            .forEach(a ->
                csv.row(
                    List.of(
                        Csv.text(a.title()),
                        a.missionCode(),
                        a.currency(),
                        dec(a.target()),
                        String.valueOf(a.targetPeople()),
                        dec(a.pledged()),
                        dec(a.received()),
                        String.valueOf(a.receivedPercent()))));
      }
      case "projects" -> {
        csv.row(
            List.of(
                "project",
                "title",
                "mission",
                "currency",
                "budget",
                "committed",
                "spent",
                "received",
                "available",
                "exhaustion_date"));
        d.projects()
            .forEach(p ->
                csv.row(
                    List.of(
                        p.code(),
                        Csv.text(p.title()),
                        p.missionCode(),
                        p.currency(),
                        dec(p.budget()),
                        dec(p.committed()),
                        dec(p.spent()),
                        dec(p.received()),
                        dec(p.available()),
                        p.exhaustionDate() == null ? "" : p.exhaustionDate().toString())));
      }
      default -> throw new IllegalArgumentException("no panel " + panel);
    }
    csv.flush();
  }

  private static String n(long value) {
    return String.valueOf(value);
  }

  private static String dec(BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }
}
