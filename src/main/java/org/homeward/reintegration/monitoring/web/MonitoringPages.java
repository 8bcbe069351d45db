package org.homeward.reintegration.monitoring.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.PlanType;
import org.homeward.reintegration.monitoring.ActivityStatus;
import org.homeward.reintegration.monitoring.Monitoring;
import org.homeward.reintegration.monitoring.Monitoring.Average;
import org.homeward.reintegration.monitoring.Monitoring.Cohort;
import org.homeward.reintegration.monitoring.Monitoring.Followed;
import org.homeward.reintegration.monitoring.Monitoring.Recorded;
import org.homeward.reintegration.monitoring.Visit;
import org.homeward.reintegration.monitoring.VisitMode;
import org.homeward.reintegration.survey.Dimension;
import org.homeward.reintegration.survey.Indicator;
import org.homeward.reintegration.survey.SurveyTable;
import org.homeward.reintegration.survey.Surveys;
import org.homeward.reintegration.web.Form;
import org.homeward.reintegration.web.Json;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violation;
import org.homeward.shared.web.FieldErrors;
import org.homeward.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The monitoring's pages: the calendar of visits (by month, overdue ones per officer) with the
 * cohorts' averages, the visit's form (the survey: plain HTML that works without JavaScript, for a
 * phone on a slow link) and its scores, a household's scores over its visits (a chart and the same
 * numbers in a table), and the survey table with the upload of a new version.
 */
@PageController("reintegrationMonitoringPages")
class MonitoringPages {

  private final Monitoring monitoring;
  private final Surveys surveys;
  private final MessageSource messages;
  private final Clock clock;

  MonitoringPages(Monitoring monitoring, Surveys surveys, MessageSource messages, Clock clock) {
    this.monitoring = monitoring;
    this.surveys = surveys;
    this.messages = messages;
    this.clock = clock;
  }

  /** The visits due in one month. */
  record Month(YearMonth month, LocalDate first, List<Visit> visits) {}

  /** One officer's overdue visits; {@code officer} empty for those nobody took. */
  record Overdue(String officer, List<Visit> visits) {}

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration/monitoring")
  String calendar(
      @RequestParam(required = false) String nationality,
      @RequestParam(required = false) String sex,
      @RequestParam(required = false) String planType,
      Actor actor,
      Model model,
      HttpServletResponse response) {
    LocalDate today = LocalDate.now(clock);
    Map<YearMonth, List<Visit>> byMonth = new TreeMap<>();
    for (Visit v : monitoring.calendar(actor)) {
      byMonth.computeIfAbsent(YearMonth.from(v.dueOn()), k -> new ArrayList<>()).add(v);
    }
    List<Month> months = new ArrayList<>();
    byMonth.forEach((m, visits) -> months.add(new Month(m, m.atDay(1), visits)));
    List<Overdue> overdue = new ArrayList<>();
    monitoring
        .overdue(actor)
        .forEach((officer, visits) -> overdue.add(new Overdue(officer, visits)));
    FieldErrors errors = FieldErrors.NONE;
    List<Average> averages = List.of();
    try {
      averages = monitoring.averages(VisitFields.cohort(nationality, sex, planType), actor);
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      errors = Form.errors(e, messages);
    }
    model.addAttribute("today", today);
    model.addAttribute("months", months);
    model.addAttribute("overdue", overdue);
    model.addAttribute(
        "overdueIds",
        overdue.stream()
            .flatMap(o -> o.visits().stream())
            .map(Visit::id)
            .collect(Collectors.toSet()));
    model.addAttribute("averages", averages);
    model.addAttribute("cohort", new Cohort(nationality, sex, planType));
    model.addAttribute("planTypes", PlanType.values());
    model.addAttribute("errors", errors);
    model.addAttribute("canWork", actor.may(Permission.REINTEGRATION_MANAGE));
    return "reintegration/monitoring";
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/visits/{id}/take")
  String take(@PathVariable String id, Actor actor, RedirectAttributes redirect) {
    try {
      Visit v = monitoring.take(Json.number("monitoring visit", id), actor);
      redirect.addFlashAttribute("notice", "visit-taken");
      redirect.addFlashAttribute("noticeCase", v.caseNumber());
    } catch (ConflictException e) {
      redirect.addFlashAttribute("notice", "visit-done-already");
    }
    return "redirect:/reintegration/monitoring";
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration/visits/{id}")
  String visit(@PathVariable String id, Actor actor, Model model) {
    Visit v = monitoring.visit(Json.number("monitoring visit", id), actor);
    return visitPage(model, v, Form.EMPTY, FieldErrors.NONE, actor);
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/visits/{id}")
  String record(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> values,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long visitId = Json.number("monitoring visit", id);
    Visit v = monitoring.visit(visitId, actor);
    Form form = new Form(values);
    Map<String, String> answers = new LinkedHashMap<>();
    values.forEach((name, list) -> {
      if (name.startsWith("answers.") && list != null && !list.isEmpty()) {
        answers.put(name.substring("answers.".length()), list.get(0));
      }
    });
    try {
      Recorded recorded =
          monitoring.record(
              visitId,
              VisitFields.visit(
                  form.get("mode"),
                  form.get("activity"),
                  form.get("doneOn"),
                  form.get("notes"),
                  answers,
                  LocalDate.now(clock)),
              actor);
      redirect.addFlashAttribute(
          "notice",
          recorded.closed()
              ? "visit-recorded-closed"
              : recorded.completed() ? "visit-recorded-completed" : "visit-recorded");
      redirect.addFlashAttribute("completionNote", recorded.note());
      return "redirect:/reintegration/visits/" + visitId;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return visitPage(model, v, form, Form.errors(e, messages), actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return visitPage(model, monitoring.visit(visitId, actor), form, FieldErrors.NONE, actor);
    }
  }

  /** A question of the form: the indicator and its text and answers in the reader's language. */
  record Question(Indicator indicator, String text, List<Choice> answers) {}

  record Choice(String id, String label, boolean saysNothing) {}

  /** The questions of one dimension. */
  record Part(Dimension dimension, List<Question> questions) {}

  private String visitPage(Model model, Visit v, Form form, FieldErrors errors, Actor actor) {
    String language = Form.locale().getLanguage();
    SurveyTable table = v.done() ? surveys.version(v.surveyVersion()) : surveys.current();
    List<Part> parts = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      List<Question> questions = new ArrayList<>();
      for (Indicator i : table.of(d)) {
        questions.add(
            new Question(
                i,
                i.question(language),
                i.answers().stream()
                    .map(a -> new Choice(a.id(), a.label(language), !a.counts()))
                    .toList()));
      }
      parts.add(new Part(d, questions));
    }
    model.addAttribute("visit", v);
    model.addAttribute("table", table);
    model.addAttribute(
        "surveyTitle", table.title().getOrDefault(language, table.title().get("en")));
    model.addAttribute("parts", parts);
    model.addAttribute("modes", VisitMode.values());
    model.addAttribute("activities", ActivityStatus.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("canWork", actor.may(Permission.REINTEGRATION_MANAGE) && !v.done());
    return "reintegration/visit";
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration/cases/{caseId}/monitoring")
  String scores(@PathVariable String caseId, Actor actor, Model model) {
    Followed followed = monitoring.followed(Json.caseId(caseId), actor);
    List<Visit> done = followed.visits().stream().filter(Visit::done).toList();
    model.addAttribute("followed", followed);
    model.addAttribute("followUp", followed.followUp());
    model.addAttribute("visits", followed.visits());
    model.addAttribute("done", done);
    model.addAttribute("chart", chart(done));
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("canWork", actor.may(Permission.REINTEGRATION_MANAGE));
    return "reintegration/monitoring-case";
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/cases/{caseId}/monitoring/further")
  String further(
      @PathVariable String caseId,
      @RequestParam(required = false) String further,
      Actor actor,
      RedirectAttributes redirect) {
    CaseId id = Json.caseId(caseId);
    boolean on = "true".equals(further);
    monitoring.followFurther(id, on, actor);
    redirect.addFlashAttribute("notice", on ? "followed-further" : "followed-on-schedule");
    return "redirect:/reintegration/cases/" + id + "/monitoring";
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration/survey")
  String survey(Actor actor, Model model) {
    SurveyTable table = surveys.current(actor);
    return surveyPage(model, table, actor);
  }

  private String surveyPage(Model model, SurveyTable table, Actor actor) {
    String language = Form.locale().getLanguage();
    List<Part> parts = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      parts.add(
          new Part(
              d,
              table.of(d).stream()
                  .map(i ->
                      new Question(
                          i,
                          i.question(language),
                          i.answers().stream()
                              .map(a -> new Choice(a.id(), a.label(language), !a.counts()))
                              .toList()))
                  .toList()));
    }
    model.addAttribute("table", table);
    model.addAttribute(
        "surveyTitle", table.title().getOrDefault(language, table.title().get("en")));
    model.addAttribute("parts", parts);
    model.addAttribute("versions", surveys.versions(actor));
    model.addAttribute("canUpload", actor.may(Permission.SURVEY_MANAGE));
    return "reintegration/survey";
  }

  @Requires(Permission.SURVEY_MANAGE)
  @GetMapping("/reintegration/survey/versions")
  String uploadForm(Model model) {
    return uploadPage(model, List.of(), null);
  }

  @Requires(Permission.SURVEY_MANAGE)
  @PostMapping("/reintegration/survey/versions")
  String upload(
      @RequestParam(name = "table", required = false) MultipartFile file,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    try {
      if (file == null || file.isEmpty()) {
        throw InvalidInputException.of("table", "required", "choose the table's JSON file");
      }
      SurveyTable stored =
          surveys.upload(new String(file.getBytes(), StandardCharsets.UTF_8), actor);
      redirect.addFlashAttribute("notice", "survey-uploaded");
      redirect.addFlashAttribute("uploaded", stored.version());
      return "redirect:/reintegration/survey/versions";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return uploadPage(model, e.violations(), null);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return uploadPage(model, List.of(), e.getMessage());
    }
  }

  private String uploadPage(Model model, List<Violation> problems, String conflict) {
    model.addAttribute("current", surveys.current().version());
    model.addAttribute("problems", problems);
    model.addAttribute("problem", conflict);
    return "reintegration/survey-upload";
  }

  /**
   * The scores of the visits done as the chart reads them from its canvas: {@code
   * {"labels":[3,6],"economic":[0.6912,null],…}}, months after arrival as labels, null where a
   * score has no answered indicator.
   */
  static String chart(List<Visit> done) {
    StringBuilder json = new StringBuilder("{\"labels\":[");
    json.append(
        done.stream().map(v -> Integer.toString(v.months())).collect(Collectors.joining(",")));
    json.append("]");
    series(json, "economic", done.stream().map(Visit::economic).toList());
    series(json, "social", done.stream().map(Visit::social).toList());
    series(json, "psychosocial", done.stream().map(Visit::psychosocial).toList());
    series(json, "composite", done.stream().map(Visit::composite).toList());
    return json.append("}").toString();
  }

  private static void series(StringBuilder json, String name, List<BigDecimal> values) {
    json.append(",\"").append(name).append("\":[");
    json.append(
        values.stream()
            .map(v -> v == null ? "null" : v.toPlainString())
            .collect(Collectors.joining(",")));
    json.append("]");
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }
}
