package org.homeward.reintegration.partners.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.ReintegrationDetails.PartnerDetails;
import org.homeward.reintegration.ReintegrationDetails.ReferralDetails;
import org.homeward.reintegration.ReintegrationDetails.ReferralStepDetails;
import org.homeward.reintegration.partners.Partner;
import org.homeward.reintegration.partners.PartnerKind;
import org.homeward.reintegration.partners.Partners;
import org.homeward.reintegration.partners.Referral;
import org.homeward.reintegration.partners.Referrals;
import org.homeward.reintegration.queue.web.CaseFilePage;
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
 * The mission's partners (the list, the form a partner is recorded and changed with, the referrals
 * to each), and the referrals' forms on a case's reintegration file.
 */
@PageController
class PartnerPages {

  private final Partners partners;
  private final Referrals referrals;
  private final CaseFilePage filePage;
  private final MessageSource messages;

  PartnerPages(
      Partners partners, Referrals referrals, CaseFilePage filePage, MessageSource messages) {
    this.partners = partners;
    this.referrals = referrals;
    this.filePage = filePage;
    this.messages = messages;
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration/partners")
  String list(Actor actor, Model model) {
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    values.add("kind", PartnerKind.NGO.name());
    return listPage(model, new Form(values), FieldErrors.NONE, actor);
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/partners")
  String create(
      @RequestParam MultiValueMap<String, String> values,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Form form = new Form(values);
    try {
      Partner p = partners.create(details(form), actor);
      redirect.addFlashAttribute("notice", "partner-created");
      return "redirect:/reintegration/partners/" + p.id();
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return listPage(model, form, Form.errors(e, messages), actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return listPage(model, form, FieldErrors.NONE, actor);
    }
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration/partners/{id}")
  String partner(@PathVariable String id, Actor actor, Model model) {
    Partner p = partners.get(Json.number("partner", id), actor);
    return partnerPage(model, p, values(p), FieldErrors.NONE, actor);
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/partners/{id}")
  String change(
      @PathVariable String id,
      @RequestParam MultiValueMap<String, String> values,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long partnerId = Json.number("partner", id);
    Partner before = partners.get(partnerId, actor);
    Form form = new Form(values);
    try {
      String version = form.get("version");
      partners.update(
          partnerId,
          version == null || !version.matches("[0-9]{1,18}") ? null : Long.valueOf(version),
          details(form),
          actor);
      redirect.addFlashAttribute("notice", "partner-changed");
      return "redirect:/reintegration/partners/" + partnerId;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return partnerPage(model, before, form, Form.errors(e, messages), actor);
    } catch (StaleVersionException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute(
          "problem", messages.getMessage("reintegration.stale", null, Form.locale()));
      return partnerPage(model, before, form, FieldErrors.NONE, actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return partnerPage(model, before, form, FieldErrors.NONE, actor);
    }
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/cases/{caseId}/referrals")
  String refer(
      @PathVariable String caseId,
      @RequestParam MultiValueMap<String, String> values,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CaseId id = Json.caseId(caseId);
    Form form = new Form(values);
    try {
      referrals.refer(
          id,
          new ReferralDetails(
              form.get("personId"),
              form.get("partnerId"),
              form.get("service"),
              form.get("referredOn"),
              form.get("note")),
          actor);
      redirect.addFlashAttribute("notice", "referred");
      return "redirect:/reintegration/cases/" + id + "#referrals";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return filePage.render(model, id, form, Form.errors(e, messages), actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return filePage.render(model, id, form, FieldErrors.NONE, actor);
    }
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/referrals/{id}/status")
  String step(
      @PathVariable String id,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String note,
      @RequestParam(required = false) String back,
      Actor actor,
      RedirectAttributes redirect) {
    long referral = Json.number("referral", id);
    try {
      Referral r = referrals.step(referral, new ReferralStepDetails(status, null, note), actor);
      redirect.addFlashAttribute("notice", "referral-changed");
      return "partner".equals(back)
          ? "redirect:/reintegration/partners/" + r.partnerId()
          : "redirect:/reintegration/cases/" + r.caseId() + "#referrals";
    } catch (InvalidInputException | ConflictException e) {
      Referral r = referrals.get(referral, actor);
      redirect.addFlashAttribute("problem", e.getMessage());
      return "partner".equals(back)
          ? "redirect:/reintegration/partners/" + r.partnerId()
          : "redirect:/reintegration/cases/" + r.caseId() + "#referrals";
    }
  }

  private String listPage(Model model, Form form, FieldErrors errors, Actor actor) {
    model.addAttribute("partners", partners.list(actor));
    model.addAttribute("canManage", partners.canChange(actor, actor.missionCode()));
    model.addAttribute("kinds", PartnerKind.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "reintegration/partners";
  }

  private String partnerPage(Model model, Partner p, Form form, FieldErrors errors, Actor actor) {
    List<Referral> to = referrals.to(p.id(), actor);
    model.addAttribute("partner", p);
    model.addAttribute("referrals", to);
    model.addAttribute("canManage", partners.canChange(actor, p.missionCode()));
    model.addAttribute("kinds", PartnerKind.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "reintegration/partner";
  }

  private static PartnerDetails details(Form form) {
    return new PartnerDetails(
        form.get("name"),
        form.get("kind"),
        form.get("city"),
        form.get("address"),
        form.get("contactName"),
        form.get("phone"),
        form.get("email"),
        form.lines("services"),
        form.get("notes"),
        !form.ticked("inactive"));
  }

  private static Form values(Partner p) {
    MultiValueMap<String, String> v = new LinkedMultiValueMap<>();
    put(v, "name", p.name());
    put(v, "kind", p.kind().name());
    put(v, "city", p.city());
    put(v, "address", p.address());
    put(v, "contactName", p.contactName());
    put(v, "phone", p.phone());
    put(v, "email", p.email());
    put(v, "services", String.join("\n", p.services()));
    put(v, "notes", p.notes());
    if (!p.active()) {
      v.add("inactive", "true");
    }
    v.add("version", Long.toString(p.version()));
    return new Form(v);
  }

  private static void put(MultiValueMap<String, String> values, String name, String value) {
    if (value != null) {
      values.add(name, value);
    }
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }
}
