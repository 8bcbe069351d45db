package org.homeward.reintegration.reception.web;

import jakarta.servlet.http.HttpServletResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.ReintegrationDetails.ReceptionDetails;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.reintegration.queue.Queue;
import org.homeward.reintegration.reception.Reception;
import org.homeward.reintegration.reception.Receptions;
import org.homeward.reintegration.reception.TransportMode;
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

/** The reception form of a case: airport assistance, onward transport, accommodation. */
@PageController
class ReceptionPages {

  private final Receptions receptions;
  private final Queue queue;
  private final MessageSource messages;

  ReceptionPages(Receptions receptions, Queue queue, MessageSource messages) {
    this.receptions = receptions;
    this.queue = queue;
    this.messages = messages;
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @GetMapping("/reintegration/cases/{caseId}/reception")
  String form(@PathVariable String caseId, Actor actor, Model model) {
    CaseId id = Json.caseId(caseId);
    Reception r = receptions.of(id, actor).orElse(null);
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    if (r != null) {
      put(values, "airportAssistance", Boolean.toString(r.airportAssistance()));
      put(values, "metOn", r.metOn());
      put(values, "metBy", r.metBy());
      put(values, "onwardTransport", Boolean.toString(r.onwardTransport()));
      put(values, "transportMode", r.transportMode());
      put(values, "finalDestination", r.finalDestination());
      put(values, "reachedOn", r.reachedOn());
      put(values, "accommodation", Boolean.toString(r.accommodation()));
      put(values, "accommodationPlace", r.accommodationPlace());
      put(values, "accommodationFrom", r.accommodationFrom());
      put(values, "accommodationNights", r.accommodationNights());
      put(values, "notes", r.notes());
      put(values, "version", r.version());
    }
    return page(model, id, new Form(values), FieldErrors.NONE, actor);
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/cases/{caseId}/reception")
  String record(
      @PathVariable String caseId,
      @RequestParam MultiValueMap<String, String> values,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CaseId id = Json.caseId(caseId);
    Form form = new Form(values);
    try {
      String version = form.get("version");
      receptions.record(
          id,
          version == null || !version.matches("[0-9]{1,18}") ? 0L : Long.valueOf(version),
          new ReceptionDetails(
              form.ticked("airportAssistance"),
              form.get("metOn"),
              form.get("metBy"),
              form.ticked("onwardTransport"),
              form.get("transportMode"),
              form.get("finalDestination"),
              form.get("reachedOn"),
              form.ticked("accommodation"),
              form.get("accommodationPlace"),
              form.get("accommodationFrom"),
              form.get("accommodationNights"),
              form.get("notes")),
          actor);
      redirect.addFlashAttribute("notice", "reception-recorded");
      return "redirect:/reintegration/cases/" + id;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return page(model, id, form, Form.errors(e, messages), actor);
    } catch (StaleVersionException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute(
          "problem", messages.getMessage("reintegration.stale", null, Form.locale()));
      return page(model, id, form, FieldErrors.NONE, actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return page(model, id, form, FieldErrors.NONE, actor);
    }
  }

  private String page(Model model, CaseId id, Form form, FieldErrors errors, Actor actor) {
    var file = queue.handover(id, actor);
    model.addAttribute("file", file.file());
    model.addAttribute("household", file.household());
    model.addAttribute("modes", TransportMode.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute(
        "finalDestinationDefault",
        file.household().finalDestination() == null ? "" : file.household().finalDestination());
    model.addAttribute("readOnly", !ReintegrationScope.WORKED.contains(file.household().status()));
    return "reintegration/reception";
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
