package org.homeward.reintegration.purchases.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reintegration.PlanId;
import org.homeward.reintegration.ReintegrationDetails.PurchaseDetails;
import org.homeward.reintegration.ReintegrationDetails.PurchaseItemDetails;
import org.homeward.reintegration.ReintegrationDetails.ThresholdDetails;
import org.homeward.reintegration.internal.Amounts;
import org.homeward.reintegration.plans.web.PlanPage;
import org.homeward.reintegration.purchases.PurchaseOrder;
import org.homeward.reintegration.purchases.Purchases;
import org.homeward.reintegration.purchases.Threshold;
import org.homeward.reintegration.purchases.Thresholds;
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
 * The purchase orders' steps from a plan's page (order the next tranche, pay, cancel), and the page
 * a chief of mission or an administrator sets a mission's purchase threshold on.
 */
@PageController
class PurchasePages {

  private final Purchases purchases;
  private final Thresholds thresholds;
  private final PlanPage planPage;
  private final Missions missions;
  private final MessageSource messages;

  PurchasePages(
      Purchases purchases,
      Thresholds thresholds,
      PlanPage planPage,
      Missions missions,
      MessageSource messages) {
    this.purchases = purchases;
    this.thresholds = thresholds;
    this.planPage = planPage;
    this.missions = missions;
    this.messages = messages;
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/plans/{id}/purchase-orders")
  String order(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> values,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PlanId plan = Json.planId(id);
    Form form = new Form(values);
    List<PurchaseItemDetails> items = new ArrayList<>();
    for (int i = 0; i < form.rows("items"); i++) {
      items.add(
          new PurchaseItemDetails(
              form.get("items[" + i + "].description"),
              form.get("items[" + i + "].quantity"),
              form.get("items[" + i + "].amount")));
    }
    try {
      PurchaseOrder o =
          purchases.order(
              plan,
              new PurchaseDetails(
                  form.get("vendorPartnerId"),
                  form.get("vendor"),
                  form.get("purchasedOn"),
                  form.get("currency"),
                  items),
              actor);
      redirect.addFlashAttribute(
          "notice", o.needsApproval() ? "purchase-awaiting" : "purchase-ordered");
      redirect.addFlashAttribute("tranche", o.tranche());
      return "redirect:/reintegration/plans/" + plan + "#purchases";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return planPage.render(model, plan, form, Form.errors(e, messages), actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return planPage.render(model, plan, form, FieldErrors.NONE, actor);
    }
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/purchase-orders/{id}/payment")
  String pay(
      @PathVariable String id,
      @RequestParam(required = false) String paidOn,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long order = Json.number("purchase order", id);
    PurchaseOrder before = purchases.get(order, actor);
    try {
      PurchaseOrder paid = purchases.pay(order, paidOn, actor);
      redirect.addFlashAttribute("notice", "purchase-paid");
      redirect.addFlashAttribute("tranche", paid.tranche());
      return "redirect:/reintegration/plans/" + paid.planId() + "#purchases";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute(
          "problem",
          String.join(
              " ",
              Form.errors(e, messages).all().stream().map(FieldErrors.Shown::message).toList()));
      return planPage.render(model, before.planId(), Form.EMPTY, FieldErrors.NONE, actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return planPage.render(model, before.planId(), Form.EMPTY, FieldErrors.NONE, actor);
    }
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/purchase-orders/{id}/cancellation")
  String cancel(
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long order = Json.number("purchase order", id);
    PurchaseOrder before = purchases.get(order, actor);
    try {
      PurchaseOrder cancelled = purchases.cancel(order, reason, actor);
      redirect.addFlashAttribute("notice", "purchase-cancelled");
      redirect.addFlashAttribute("tranche", cancelled.tranche());
      return "redirect:/reintegration/plans/" + cancelled.planId() + "#purchases";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute(
          "problem", messages.getMessage("reintegration.cancel-needs-reason", null, Form.locale()));
      return planPage.render(model, before.planId(), Form.EMPTY, FieldErrors.NONE, actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return planPage.render(model, before.planId(), Form.EMPTY, FieldErrors.NONE, actor);
    }
  }

  @Requires(Permission.REINTEGRATION_SETTINGS)
  @GetMapping("/reintegration/settings")
  String settings(@RequestParam(required = false) String mission, Actor actor, Model model) {
    String code = mission == null || mission.isBlank() ? actor.missionCode() : mission.strip();
    Threshold t = current(code, actor);
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    if (t != null) {
      values.add("amount", Amounts.plain(t.amount()));
      values.add("currency", Amounts.code(t.amount()));
      values.add("version", Long.toString(t.version()));
    } else {
      values.add("currency", "XAF");
      values.add("version", "0");
    }
    return settingsPage(model, code, t, new Form(values), FieldErrors.NONE, actor);
  }

  @Requires(Permission.REINTEGRATION_SETTINGS)
  @PostMapping("/reintegration/settings")
  String setThreshold(
      @RequestParam MultiValueMap<String, String> values,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Form form = new Form(values);
    String code = form.get("mission") == null ? actor.missionCode() : form.get("mission").strip();
    try {
      String version = form.get("version");
      thresholds.set(
          code,
          version == null || !version.matches("[0-9]{1,18}") ? null : Long.valueOf(version),
          new ThresholdDetails(form.get("amount"), form.get("currency")),
          actor);
      redirect.addFlashAttribute("notice", "threshold-set");
      return "redirect:/reintegration/settings?mission=" + code;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return settingsPage(model, code, current(code, actor), form, Form.errors(e, messages), actor);
    } catch (StaleVersionException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute(
          "problem", messages.getMessage("reintegration.stale", null, Form.locale()));
      return settingsPage(model, code, current(code, actor), form, FieldErrors.NONE, actor);
    }
  }

  private Threshold current(String code, Actor actor) {
    return thresholds.of(code, actor).orElse(null);
  }

  private String settingsPage(
      Model model, String code, Threshold t, Form form, FieldErrors errors, Actor actor) {
    model.addAttribute(
        "mission", missions.find(code).orElseThrow(() -> new NotFoundException("mission", code)));
    model.addAttribute(
        "missions",
        missions.all().stream()
            .filter(m -> m.kind() == org.homeward.organisation.MissionKind.COUNTRY_MISSION)
            .filter(m -> thresholds.canSet(m.code(), actor))
            .toList());
    model.addAttribute("threshold", t);
    model.addAttribute("currencies", PlanPage.CURRENCIES);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "reintegration/settings";
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }
}
