package org.homeward.reporting.statistics.web;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.homeward.organisation.PublicEndpoint;
import org.homeward.reporting.statistics.PublicStatistics;
import org.homeward.reporting.statistics.StatisticsTable;
import org.homeward.shared.web.Formats;
import org.homeward.shared.web.PageController;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public statistics of returns and reintegration, open to anyone: a page and the same table as
 * CSV with its HXL hashtags. Only suppressed counts of people leave here, never a person.
 */
@PageController("reportingStatisticsPage")
@Tag(name = "Public", description = "What anyone may read without signing in")
class StatisticsPage {

  private final PublicStatistics statistics;
  private final Formats formats;
  private final StatisticsTablesHtml html;

  StatisticsPage(PublicStatistics statistics, Formats formats, StatisticsTablesHtml html) {
    this.statistics = statistics;
    this.formats = formats;
    this.html = html;
  }

  /** A table with its rows named in the reader's language. */
  record View(StatisticsTable table, List<String> countryNames, List<SexGroup> sexes) {}

  /** The columns of one sex, under one heading. */
  record SexGroup(String sex, long span) {}

  private View view(StatisticsTable t) {
    return new View(
        t,
        t.countries().stream().map(formats::country).toList(),
        t.columns().stream()
            .map(StatisticsTable.Column::sex)
            .distinct()
            .map(sex ->
                new SexGroup(sex, t.columns().stream().filter(c -> c.sex().equals(sex)).count()))
            .toList());
  }

  @GetMapping("/public/statistics")
  @PublicEndpoint
  @Hidden
  String page(Model model, Locale locale) {
    List<StatisticsTable> tables = statistics.tables();
    model.addAttribute(
        "tablesHtml", html.html(tables, locale, () -> tables.stream().map(this::view).toList()));
    return "reporting/statistics";
  }

  @GetMapping(value = "/public/statistics.csv", produces = "text/csv")
  @PublicEndpoint
  @ResponseBody
  @Operation(
      operationId = "getPublicStatisticsCsv",
      summary = "Returns and reintegration by country of origin, sex, age group and year",
      description =
          "The public statistics as CSV: a header line, then the HXL hashtags, then a line per"
              + " country of origin (ISO 3166-1 alpha-3), sex, age group and year with the people"
              + " who returned and those assisted to reintegrate, and the totals ('all'). Counts"
              + " from 1 to 4 read '<5'; counts that would let a reader work out one of them from"
              + " the totals read 'x' (see docs/public-statistics.md). No sign-in needed.",
      responses = {
        @ApiResponse(
            responseCode = "200",
            description = "The table",
            content = @Content(mediaType = "text/csv"))
      })
  ResponseEntity<byte[]> csv() {
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"homeward-statistics.csv\"")
        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
        .body(StatisticsCsv.of(statistics.tables()).getBytes(StandardCharsets.UTF_8));
  }
}
