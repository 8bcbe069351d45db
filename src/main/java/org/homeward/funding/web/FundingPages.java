package org.homeward.funding.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.homeward.funding.AppealPosition;
import org.homeward.funding.FundingRecords;
import org.homeward.funding.Ledger;
import org.homeward.funding.ProjectPosition;
import org.homeward.funding.WeekFigures;
import org.homeward.funding.engine.ExchangeRate;
import org.homeward.funding.internal.Fields;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.FieldErrors;
import org.homeward.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The funding pages: the overview a chief of mission reads (appeals, projects by line, burn rate,
 * the day the money runs out, who waits for funds, a chart with its table), the lists of donors,
 * projects, appeals, contributions and rates, and the forms a finance officer records a
 * contribution and enters rates with.
 */
@PageController
class FundingPages {

  static final int CHART_WEEKS = 26;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final FundingRecords records;
  private final Ledger ledger;
  private final MessageSource messages;

  FundingPages(FundingRecords records, Ledger ledger, MessageSource messages) {
    this.records = records;
    this.ledger = ledger;
    this.messages = messages;
  }

  /** An appeal's bar: shares in whole percent, the bar capped at 100. */
  record AppealRow(AppealPosition position, int receivedPercent, int pledgedPercent, int bar) {}

  /** A project and its chart's figures, as JSON for the chart script. */
  record ProjectRow(ProjectPosition position, List<WeekFigures> weeks, String chart) {}

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/funding")
  String overview(Actor actor, Model model) {
    LocalDate today = ledger.today();
    List<AppealRow> appeals = new ArrayList<>();
    for (var appeal : records.appeals(actor)) {
      AppealPosition p = ledger.positionOf(appeal.id(), today, actor);
      int received = percent(p.receivedShare());
      appeals.add(new AppealRow(p, received, percent(p.pledgedShare()), Math.min(100, received)));
    }
    List<ProjectRow> projects = new ArrayList<>();
    for (ProjectPosition p : ledger.positions(today, actor)) {
      List<WeekFigures> weeks = ledger.weeksOf(p.projectId(), today, CHART_WEEKS, actor);
      projects.add(new ProjectRow(p, weeks, chart(weeks)));
    }
    model.addAttribute("today", today);
    model.addAttribute("appeals", appeals);
    model.addAttribute("projects", projects);
    model.addAttribute("waiting", ledger.waitingForFunds(actor));
    model.addAttribute("canManage", actor.may(Permission.FUNDING_MANAGE));
    return "funding/overview";
  }

  private static String chart(List<WeekFigures> weeks) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("labels", weeks.stream().map(w -> w.weekEnding().toString()).toList());
    data.put("spent", weeks.stream().map(w -> Json.amount(w.spent())).toList());
    data.put("committed", weeks.stream().map(w -> Json.amount(w.committed())).toList());
    return JSON.writeValueAsString(data);
  }

  private static int percent(BigDecimal share) {
    return share == null
        ? 0
        : share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.DOWN).intValue();
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/funding/donors")
  String donors(Actor actor, Model model) {
    model.addAttribute("donors", records.donors(actor));
    return "funding/donors";
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/funding/projects")
  String projects(Actor actor, Model model) {
    model.addAttribute("projects", records.projects(actor));
    return "funding/projects";
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/funding/appeals")
  String appeals(Actor actor, Model model) {
    model.addAttribute("appeals", records.appeals(actor));
    return "funding/appeals";
  }

  /** What was typed on the contribution form, kept when it comes back with errors. */
  record ContributionForm(
      String donorId,
      String amount,
      String currency,
      String pledgedOn,
      String receivedOn,
      String appealId,
      String projectId) {

    static ContributionForm blank(LocalDate today) {
      return new ContributionForm("", "", "", today.toString(), today.toString(), "", "");
    }
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/funding/contributions")
  String contributions(Actor actor, Model model) {
    return contributionsPage(
        model, ContributionForm.blank(ledger.today()), FieldErrors.NONE, actor);
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PostMapping("/funding/contributions")
  String recordContribution(
      ContributionForm form,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Violations v = new Violations();
      Long donor = id(v, "donorId", form.donorId(), true);
      Long appeal = id(v, "appealId", form.appealId(), false);
      Long project = id(v, "projectId", form.projectId(), false);
      v.throwIfAny();
      var request =
          new ContributionController.ContributionRequest(
              donor,
              form.amount(),
              form.currency(),
              form.pledgedOn(),
              Fields.blank(form.receivedOn()) ? null : form.receivedOn(),
              appeal,
              project,
              null,
              null);
      records.recordContribution(request.toContribution(), actor);
      redirect.addFlashAttribute("notice", "contribution-recorded");
      return "redirect:/funding/contributions";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return contributionsPage(model, form, errors(e), actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return contributionsPage(model, form, FieldErrors.NONE, actor);
    }
  }

  private static Long id(Violations v, String field, String value, boolean required) {
    if (Fields.blank(value)) {
      v.check(!required, field, "required", "required");
      return null;
    }
    try {
      return Long.parseLong(value.trim());
    } catch (NumberFormatException e) {
      v.add(field, "unknown-value", "choose from the list");
      return null;
    }
  }

  private String contributionsPage(
      Model model, ContributionForm form, FieldErrors errors, Actor actor) {
    model.addAttribute("contributions", records.contributions(actor));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("canManage", actor.may(Permission.FUNDING_MANAGE));
    if (actor.may(Permission.FUNDING_MANAGE)) {
      model.addAttribute("donors", records.donors(actor));
      model.addAttribute("appeals", records.appeals(actor));
      model.addAttribute("projects", records.projects(actor));
    }
    model.addAttribute("currencies", Currencies.COMMON);
    return "funding/contributions";
  }

  /** What was typed on the rate form. */
  record RateForm(String date, String from, String to, String rate) {
    static RateForm blank(LocalDate today) {
      return new RateForm(today.toString(), "", "USD", "");
    }
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/funding/rates")
  String rates(Actor actor, Model model) {
    return ratesPage(model, RateForm.blank(ledger.today()), FieldErrors.NONE, actor);
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PostMapping("/funding/rates")
  String enterRate(
      RateForm form,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      Violations v = new Violations();
      LocalDate date = Fields.date(v, "date", form.date());
      CurrencyUnit from = Fields.currency(v, "from", form.from());
      CurrencyUnit to = Fields.currency(v, "to", form.to());
      BigDecimal rate = Fields.rate(v, "rate", form.rate());
      if (from != null && from.equals(to)) {
        v.add("to", "inconsistent", "from and to are the same");
      }
      v.throwIfAny();
      records.enterRate(new ExchangeRate(date, from, to, rate), actor);
      redirect.addFlashAttribute("notice", "rate-entered");
      return "redirect:/funding/rates";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return ratesPage(model, form, errors(e), actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return ratesPage(model, form, FieldErrors.NONE, actor);
    }
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PostMapping("/funding/rates/upload")
  String uploadRates(
      @RequestParam(name = "file", required = false) MultipartFile file,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws java.io.IOException {
    try {
      if (file == null || file.isEmpty()) {
        throw InvalidInputException.of("file", "required", "choose a CSV file");
      }
      var upload =
          records.uploadRates(
              new String(file.getBytes(), java.nio.charset.StandardCharsets.UTF_8), actor);
      redirect.addFlashAttribute("notice", "rates-uploaded");
      redirect.addFlashAttribute("uploaded", upload.added().size());
      return "redirect:/funding/rates";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return ratesPage(model, RateForm.blank(ledger.today()), errors(e), actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return ratesPage(model, RateForm.blank(ledger.today()), FieldErrors.NONE, actor);
    }
  }

  private String ratesPage(Model model, RateForm form, FieldErrors errors, Actor actor) {
    model.addAttribute("rates", records.rates(null, actor));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("canManage", actor.may(Permission.FUNDING_MANAGE));
    model.addAttribute("currencies", Currencies.COMMON);
    return "funding/rates";
  }

  private FieldErrors errors(InvalidInputException e) {
    return FieldErrors.of(e.violations(), messages, LocaleContextHolder.getLocale());
  }

  /** The currencies the forms offer first; any ISO code may be typed. */
  static final class Currencies {
    static final List<String> COMMON =
        List.of("USD", "EUR", "CHF", "MAD", "XOF", "XAF", "NGN", "GBP");

    private Currencies() {}
  }
}
