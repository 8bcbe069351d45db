package org.homeward.reintegration.plans.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.CaseId;
import org.homeward.registry.Person;
import org.homeward.reintegration.PlanId;
import org.homeward.reintegration.PlanType;
import org.homeward.reintegration.ReintegrationDetails.ItemDetails;
import org.homeward.reintegration.ReintegrationDetails.PlanDetails;
import org.homeward.reintegration.internal.Amounts;
import org.homeward.reintegration.partners.Partner;
import org.homeward.reintegration.partners.Partners;
import org.homeward.reintegration.plans.Plan;
import org.homeward.reintegration.plans.Plans;
import org.homeward.reintegration.queue.Handover;
import org.homeward.reintegration.queue.Queue;
import org.homeward.reintegration.queue.QueueEntry;
import org.homeward.reintegration.web.Form;
import org.homeward.reintegration.web.Json;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.web.FieldErrors;
import org.homeward.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's pages: the form a plan is drafted and changed with (its type's fields, whom it is for,
 * its budget's items), the plan with its purchase orders, and its steps (submit, cancel, complete).
 * Plain forms: all of it works without JavaScript.
 */
@PageController("reintegrationPlanPages")
class PlanPages {

  /** Blank lines a plan's form offers for new items. */
  static final int BLANK_ITEMS = 4;

  private final Plans plans;
  private final PlanPage planPage;
  private final Queue queue;
  private final Partners partners;
  private final MessageSource messages;
  private final Clock clock;

  PlanPages(
      Plans plans,
      PlanPage planPage,
      Queue queue,
      Partners partners,
      MessageSource messages,
      Clock clock) {
    this.plans = plans;
    this.planPage = planPage;
    this.queue = queue;
    this.partners = partners;
    this.messages = messages;
    this.clock = clock;
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @GetMapping("/reintegration/cases/{caseId}/plans/new")
  String newPlan(@PathVariable String caseId, Actor actor, Model model) {
    CaseId id = Json.caseId(caseId);
    Handover handover = queue.handover(id, actor);
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    values.add("type", PlanType.MICROBUSINESS.name());
    values.add("beneficiaries", handover.household().principal().id().toString());
    values.add("pricedOn", LocalDate.now(clock).toString());
    values.add("expectedIncomeCurrency", "XAF");
    values.add("trainingCostCurrency", "XAF");
    return formPage(model, handover, null, new Form(values), FieldErrors.NONE, actor);
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/cases/{caseId}/plans")
  String draft(
      @PathVariable String caseId,
      @RequestParam MultiValueMap<String, String> values,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CaseId id = Json.caseId(caseId);
    Form form = new Form(values);
    try {
      Plan plan = plans.draft(id, details(form), actor);
      redirect.addFlashAttribute("notice", "plan-drafted");
      return "redirect:/reintegration/plans/" + plan.id();
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return formPage(
          model, queue.handover(id, actor), null, form, Form.errors(e, messages), actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return formPage(model, queue.handover(id, actor), null, form, FieldErrors.NONE, actor);
    }
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration/plans/{id}")
  String plan(@PathVariable String id, Actor actor, Model model) {
    return planPage.render(model, Json.planId(id), Form.EMPTY, FieldErrors.NONE, actor);
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @GetMapping("/reintegration/plans/{id}/edit")
  String edit(@PathVariable String id, Actor actor, Model model) {
    Plan plan = plans.get(Json.planId(id), actor);
    return formPage(
        model, queue.handover(plan.caseId(), actor), plan, values(plan), FieldErrors.NONE, actor);
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/plans/{id}/edit")
  String change(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> values,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PlanId planId = Json.planId(id);
    Plan before = plans.get(planId, actor);
    Form form = new Form(values);
    try {
      plans.change(planId, version(form), details(form), actor);
      redirect.addFlashAttribute("notice", "plan-changed");
      return "redirect:/reintegration/plans/" + planId;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return formPage(
          model,
          queue.handover(before.caseId(), actor),
          before,
          form,
          Form.errors(e, messages),
          actor);
    } catch (StaleVersionException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute(
          "problem", messages.getMessage("reintegration.stale", null, Form.locale()));
      return formPage(
          model, queue.handover(before.caseId(), actor), before, form, FieldErrors.NONE, actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return formPage(
          model, queue.handover(before.caseId(), actor), before, form, FieldErrors.NONE, actor);
    }
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/plans/{id}/submission")
  String submit(
      @PathVariable String id,
      @RequestParam(required = false) String version,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PlanId planId = Json.planId(id);
    try {
      Plan plan =
          plans.submit(
              planId,
              version == null || !version.matches("[0-9]{1,18}") ? null : Long.valueOf(version),
              actor);
      redirect.addFlashAttribute(
          "notice", plan.status().name().equals("APPROVED") ? "plan-approved" : "plan-awaiting");
      return "redirect:/reintegration/plans/" + planId;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("stepErrors", Form.errors(e, messages));
      return planPage.render(model, planId, Form.EMPTY, FieldErrors.NONE, actor);
    } catch (StaleVersionException e) {
      return refused(
          model,
          response,
          messages.getMessage("reintegration.stale", null, Form.locale()),
          planId,
          actor);
    } catch (ConflictException e) {
      return refused(model, response, e.getMessage(), planId, actor);
    }
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/plans/{id}/cancellation")
  String cancel(
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PlanId planId = Json.planId(id);
    try {
      plans.cancel(planId, reason, actor);
      redirect.addFlashAttribute("notice", "plan-cancelled");
      return "redirect:/reintegration/plans/" + planId;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("cancelErrors", Form.errors(e, messages));
      return planPage.render(model, planId, Form.EMPTY, FieldErrors.NONE, actor);
    } catch (ConflictException e) {
      return refused(model, response, e.getMessage(), planId, actor);
    }
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/plans/{id}/completion")
  String complete(
      @PathVariable String id,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PlanId planId = Json.planId(id);
    try {
      plans.complete(planId, actor);
      redirect.addFlashAttribute("notice", "plan-completed");
      return "redirect:/reintegration/plans/" + planId;
    } catch (ConflictException e) {
      return refused(model, response, e.getMessage(), planId, actor);
    }
  }

  private String refused(
      Model model, HttpServletResponse response, String problem, PlanId id, Actor actor) {
    response.setStatus(HttpStatus.CONFLICT.value());
    model.addAttribute("problem", problem);
    return planPage.render(model, id, Form.EMPTY, FieldErrors.NONE, actor);
  }

  /** A returnee the form offers: a member of the case, or of another for a collective project. */
  record Returnee(String id, String name, String caseNumber, boolean ownCase) {}

  private String formPage(
      Model model, Handover handover, Plan plan, Form form, FieldErrors errors, Actor actor) {
    List<Returnee> returnees = new ArrayList<>();
    for (Person p : handover.household().members()) {
      returnees.add(
          new Returnee(p.id().toString(), p.fullName(), handover.file().caseNumber(), true));
    }
    for (QueueEntry e : queue.list(actor)) {
      if (e.file().caseId().equals(handover.file().caseId())) {
        continue;
      }
      for (Person p : e.household().members()) {
        returnees.add(new Returnee(p.id().toString(), p.fullName(), e.file().caseNumber(), false));
      }
    }
    int rows = Math.max(form.rows("items"), 0) + BLANK_ITEMS;
    model.addAttribute("file", handover.file());
    model.addAttribute("household", handover.household());
    model.addAttribute("handover", handover);
    model.addAttribute("plan", plan);
    model.addAttribute("types", PlanType.values());
    model.addAttribute("returnees", returnees);
    model.addAttribute(
        "providers",
        partners.list(actor).stream()
            .filter(Partner::active)
            .filter(p -> p.missionCode().equals(handover.file().originMission()))
            .toList());
    model.addAttribute("currencies", PlanPage.currencies(plan));
    model.addAttribute("itemRows", java.util.stream.IntStream.range(0, rows).boxed().toList());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "reintegration/plan-form";
  }

  static PlanDetails details(Form form) {
    List<ItemDetails> items = new ArrayList<>();
    for (int i = 0; i < form.rows("items"); i++) {
      items.add(
          new ItemDetails(
              form.get("items[" + i + "].description"),
              form.get("items[" + i + "].amount"),
              form.get("items[" + i + "].currency")));
    }
    return new PlanDetails(
        form.get("type"),
        form.all("beneficiaries"),
        form.get("title"),
        form.get("agreedOn"),
        form.get("pricedOn"),
        form.get("sector"),
        form.get("activity"),
        form.get("location"),
        form.get("expectedMonthlyIncome"),
        form.get("expectedIncomeCurrency"),
        form.get("businessPlan"),
        form.get("providerPartnerId"),
        form.get("provider"),
        form.get("course"),
        form.get("durationWeeks"),
        form.get("trainingCost"),
        form.get("trainingCostCurrency"),
        form.get("description"),
        items);
  }

  /** The plan as its form shows it for a change. */
  static Form values(Plan p) {
    MultiValueMap<String, String> v = new LinkedMultiValueMap<>();
    v.add("type", p.type().name());
    p.members().forEach(m -> v.add("beneficiaries", m.personId().toString()));
    put(v, "title", p.title());
    put(v, "agreedOn", p.agreedOn());
    put(v, "pricedOn", p.pricedOn());
    put(v, "description", p.description());
    if (p.business() != null) {
      put(v, "sector", p.business().sector());
      put(v, "activity", p.business().activity());
      put(v, "location", p.business().location());
      if (p.business().expectedMonthlyIncome() != null) {
        put(v, "expectedMonthlyIncome", Amounts.plain(p.business().expectedMonthlyIncome()));
        put(v, "expectedIncomeCurrency", Amounts.code(p.business().expectedMonthlyIncome()));
      }
      put(v, "businessPlan", p.business().businessPlan());
    }
    if (p.training() != null) {
      put(v, "providerPartnerId", p.training().providerPartnerId());
      if (p.training().providerPartnerId() == null) {
        put(v, "provider", p.training().provider());
      }
      put(v, "course", p.training().course());
      put(v, "durationWeeks", p.training().durationWeeks());
      if (p.training().cost() != null) {
        put(v, "trainingCost", Amounts.plain(p.training().cost()));
        put(v, "trainingCostCurrency", Amounts.code(p.training().cost()));
      }
    }
    for (int i = 0; i < p.items().size(); i++) {
      Plan.Item item = p.items().get(i);
      v.add("items[" + i + "].description", item.description());
      v.add("items[" + i + "].amount", Amounts.plain(item.amount()));
      v.add("items[" + i + "].currency", Amounts.code(item.amount()));
    }
    v.add("version", Long.toString(p.version()));
    return new Form(v);
  }

  private static Long version(Form form) {
    String version = form.get("version");
    return version == null || !version.matches("[0-9]{1,18}") ? null : Long.valueOf(version);
  }

  private static void put(MultiValueMap<String, String> values, String name, Object value) {
    if (value != null) {
      values.add(name, value.toString());
    }
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }
}
