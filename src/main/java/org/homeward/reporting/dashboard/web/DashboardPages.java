package org.homeward.reporting.dashboard.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reporting.dashboard.Dashboard;
import org.homeward.reporting.dashboard.Dashboards;
import org.homeward.reporting.dashboard.Stage;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.files.Csv;
import org.homeward.shared.web.Formats;
import org.homeward.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The staff dashboard page: the filters, then each panel as a chart (drawn by chart.js from the
 * figures its canvas carries), its table and its CSV. The filters refresh the panels with htmx;
 * without JavaScript the form reloads the page and the tables say everything the charts do.
 */
@PageController("reportingDashboardPages")
class DashboardPages {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Dashboards dashboards;
  private final MessageSource messages;
  private final Formats formats;

  DashboardPages(Dashboards dashboards, MessageSource messages, Formats formats) {
    this.dashboards = dashboards;
    this.messages = messages;
    this.formats = formats;
  }

  @Requires(Permission.AGGREGATE_READ)
  @GetMapping("/reporting")
  String dashboard(
      @RequestParam(required = false) String mission,
      @RequestParam(required = false) String project,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String nationality,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
      HttpServletResponse response,
      Actor actor,
      Model model) {
    DashboardParams params = new DashboardParams(mission, project, from, to, nationality);
    Dashboard d = dashboards.show(params.filter(), actor);
    model.addAttribute("params", params);
    model.addAttribute("query", params.queryString());
    model.addAttribute("d", d);
    model.addAttribute("charts", charts(d));
    model.addAttribute("tables", new PanelTables(this::text, formats).of(d));
    response.setHeader("Vary", "HX-Request");
    if (htmx != null && restore == null) {
      return "reporting/dashboard :: panels";
    }
    model.addAttribute("choices", dashboards.choices(actor));
    model.addAttribute("countries", formats.countries());
    return "reporting/dashboard";
  }

  @Requires(Permission.AGGREGATE_READ)
  @GetMapping("/reporting/dashboard/{panel}.csv")
  ResponseEntity<byte[]> csv(
      @PathVariable String panel,
      @RequestParam(required = false) String mission,
      @RequestParam(required = false) String project,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String nationality,
      Actor actor) {
    if (!DashboardCsv.PANELS.contains(panel)) {
      throw new NotFoundException("panel", panel);
    }
    Dashboard d =
        dashboards.show(
            new DashboardParams(mission, project, from, to, nationality).filter(), actor);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DashboardCsv.write(panel, d, out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(Csv.MEDIA_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("dashboard-" + panel + "-" + d.asOf() + ".csv")
                .build()
                .toString())
        .body(out.toByteArray());
  }

  /** Each chart's figures and labels, as JSON for the chart script. */
  private Map<String, String> charts(Dashboard d) {
    Map<String, String> charts = new LinkedHashMap<>();
    List<String> stages = new ArrayList<>();
    List<Long> stageCases = new ArrayList<>();
    List<String> stageColours = new ArrayList<>();
    d.pipeline()
        .forEach(s -> {
          stages.add(text("reporting.stage." + s.stage()));
          stageCases.add(s.cases());
          stageColours.add(s.stage().inFunnel() ? "#1f5f8b" : "#b5452b");
        });
    charts.put(
        "pipeline",
        chart(
            "bar",
            true,
            false,
            stages,
            List.of(set(text("reporting.cases"), stageCases, stageColours))));

    TreeSet<String> months = new TreeSet<>();
    TreeSet<String> destinations = new TreeSet<>();
    d.departures()
        .forEach(r -> {
          months.add(r.month());
          destinations.add(r.destination());
        });
    List<Map<String, Object>> departureSets = new ArrayList<>();
    int colour = 0;
    for (String country : destinations) {
      String shade = PALETTE.get(colour++ % PALETTE.size());
      for (Stage stage : List.of(Stage.DEPARTED, Stage.BOOKED)) {
        List<Long> values = new ArrayList<>();
        for (String month : months) {
          values.add(
              d.departures().stream()
                  .filter(r ->
                      r.month().equals(month)
                          && r.destination().equals(country)
                          && r.stage() == stage)
                  .mapToLong(Dashboard.Departures::cases)
                  .sum());
        }
        if (values.stream().anyMatch(v -> v > 0)) {
          departureSets.add(
              set(
                  text("reporting.departures." + stage, formats.country(country)),
                  values,
                  stage == Stage.DEPARTED ? shade : shade + "80"));
        }
      }
    }
    charts.put("departures", chart("bar", false, true, List.copyOf(months), departureSets));

    charts.put(
        "nationalities",
        chart(
            "bar",
            true,
            false,
            d.nationalities().stream().map(r -> formats.country(r.nationality())).toList(),
            List.of(
                set(
                    text("reporting.people"),
                    d.nationalities().stream().map(Dashboard.NationalityCount::people).toList(),
                    "#1f5f8b"))));

    // oldest at the top, women to one side and men to the other
    List<Dashboard.PyramidRow> bands = new ArrayList<>(d.pyramid());
    java.util.Collections.reverse(bands);
    charts.put(
        "pyramid",
        chart(
            "bar",
            true,
            true,
            bands.stream().map(r -> band(r.ageBand())).toList(),
            List.of(
                set(text("sex.F"), bands.stream().map(r -> -r.female()).toList(), "#b5452b"),
                set(
                    text("sex.M"),
                    bands.stream().map(Dashboard.PyramidRow::male).toList(),
                    "#1f5f8b"),
                set(
                    text("sex.X"),
                    bands.stream().map(Dashboard.PyramidRow::other).toList(),
                    "#6b6b6b"))));

    charts.put(
        "vulnerabilities",
        chart(
            "bar",
            true,
            false,
            d.vulnerabilities().stream()
                .map(r -> text("vulnerability." + r.vulnerability()))
                .toList(),
            List.of(
                set(
                    text("reporting.people"),
                    d.vulnerabilities().stream().map(Dashboard.VulnerabilityCount::people).toList(),
                    "#1f5f8b"))));

    TreeSet<String> types = new TreeSet<>();
    TreeSet<String> statuses = new TreeSet<>();
    d.plans()
        .forEach(p -> {
          types.add(p.type());
          statuses.add(p.status());
        });
    List<Map<String, Object>> planSets = new ArrayList<>();
    colour = 0;
    for (String status : statuses) {
      List<Long> values = new ArrayList<>();
      for (String type : types) {
        values.add(
            d.plans().stream()
                .filter(p -> p.type().equals(type) && p.status().equals(status))
                .mapToLong(Dashboard.PlanCount::plans)
                .sum());
      }
      planSets.add(
          set(text("plan-status." + status), values, PALETTE.get(colour++ % PALETTE.size())));
    }
    charts.put(
        "plans",
        chart(
            "bar",
            false,
            true,
            types.stream().map(t -> text("plan-type." + t)).toList(),
            planSets));

    List<String> steps =
        d.scores().stream().map(s -> text("reporting.months-after", s.months())).toList();
    charts.put(
        "scores",
        chart(
            "bar",
            false,
            false,
            steps,
            List.of(
                set(
                    text("reporting.economic"),
                    d.scores().stream().map(Dashboard.ScoreRow::economic).toList(),
                    PALETTE.get(0)),
                set(
                    text("reporting.social"),
                    d.scores().stream().map(Dashboard.ScoreRow::social).toList(),
                    PALETTE.get(1)),
                set(
                    text("reporting.psychosocial"),
                    d.scores().stream().map(Dashboard.ScoreRow::psychosocial).toList(),
                    PALETTE.get(2)),
                set(
                    text("reporting.composite"),
                    d.scores().stream().map(Dashboard.ScoreRow::composite).toList(),
                    PALETTE.get(3)))));

    charts.put(
        "projects",
        chart(
            "bar",
            false,
            false,
            d.projects().stream().map(p -> p.code() + " (" + p.currency() + ")").toList(),
            List.of(
                set(
                    text("funding.budget"),
                    d.projects().stream().map(Dashboard.ProjectRow::budget).toList(),
                    PALETTE.get(0)),
                set(
                    text("funding.committed"),
                    d.projects().stream().map(Dashboard.ProjectRow::committed).toList(),
                    PALETTE.get(1)),
                set(
                    text("funding.spent"),
                    d.projects().stream().map(Dashboard.ProjectRow::spent).toList(),
                    PALETTE.get(2)))));
    return charts;
  }

  private static final List<String> PALETTE =
      List.of("#1f5f8b", "#b5452b", "#2e7d4f", "#8a6d1f", "#6b3fa0", "#3f7f8f", "#6b6b6b");

  private String band(String band) {
    return band.equals("unknown") ? text("reporting.age-unknown") : text("reporting.age", band);
  }

  private static Map<String, Object> set(String label, List<?> data, Object colour) {
    Map<String, Object> set = new LinkedHashMap<>();
    set.put("label", label);
    set.put("data", data);
    set.put("backgroundColor", colour);
    return set;
  }

  private static String chart(
      String type,
      boolean horizontal,
      boolean stacked,
      List<String> labels,
      List<Map<String, Object>> datasets) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("type", type);
    chart.put("horizontal", horizontal);
    chart.put("stacked", stacked);
    chart.put("labels", labels);
    chart.put("datasets", datasets);
    return JSON.writeValueAsString(chart);
  }

  private String text(String key, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage(key, args, key, locale);
  }
}
