package org.homeward.reporting.exports.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reporting.exports.MonthlyReport;
import org.homeward.shared.web.PageController;
import org.homeward.shared.web.ReaderLanguage;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The page to pick a mission and a month, and the report it opens. */
@PageController("reportingMonthlyReportPages")
class MonthlyReportPages {

  private final MonthlyReport report;
  private final MonthlyReportFiles files;
  private final Clock clock;

  MonthlyReportPages(MonthlyReport report, MonthlyReportFiles files, Clock clock) {
    this.report = report;
    this.files = files;
    this.clock = clock;
  }

  @Requires(Permission.OPERATIONS_REPORT_READ)
  @GetMapping("/reporting/monthly")
  String pick(
      @RequestParam(required = false) String mission,
      @RequestParam(required = false) String month,
      @RequestParam(required = false) String lang,
      Actor actor,
      Model model) {
    if (mission != null && !mission.isBlank() && month != null && !month.isBlank()) {
      String language =
          ReaderLanguage.known(lang) ? lang.strip() : LocaleContextHolder.getLocale().getLanguage();
      return "redirect:"
          + UriComponentsBuilder.fromPath("/reporting/missions/{code}/monthly/{month}.pdf")
              .queryParam("lang", language)
              .buildAndExpand(mission.strip(), month.strip())
              .encode()
              .toUriString();
    }
    model.addAttribute("missions", report.missionsFor(actor));
    model.addAttribute("ownMission", actor.missionCode());
    model.addAttribute("month", YearMonth.now(clock).toString());
    model.addAttribute("language", LocaleContextHolder.getLocale().getLanguage());
    return "reporting/monthly";
  }

  @Requires(Permission.OPERATIONS_REPORT_READ)
  @GetMapping("/reporting/missions/{code}/monthly/{month}.pdf")
  void pdf(
      @PathVariable String code,
      @PathVariable String month,
      @RequestParam(required = false) String lang,
      Actor actor,
      HttpServletResponse response) {
    Locale reader =
        ReaderLanguage.known(lang)
            ? Locale.forLanguageTag(lang.strip())
            : LocaleContextHolder.getLocale();
    files.pdf(code, month, reader, actor, response);
  }
}
