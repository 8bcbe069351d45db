package org.homeward.reintegration.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.CaseId;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.ReintegrationDetails.AssessmentDetails;
import org.homeward.reintegration.assessment.Assessment;
import org.homeward.reintegration.assessment.Assessments;
import org.homeward.reintegration.assessment.MaritalStatus;
import org.homeward.reintegration.queue.Handover;
import org.homeward.reintegration.queue.Queue;
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
 * A returnee's assessment form: skills and wishes (with what the host mission handed over beside
 * it), family situation, vulnerability follow-up.
 */
@PageController
class AssessmentPages {

  private final Assessments assessments;
  private final Queue queue;
  private final MessageSource messages;

  AssessmentPages(Assessments assessments, Queue queue, MessageSource messages) {
    this.assessments = assessments;
    this.queue = queue;
    this.messages = messages;
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @GetMapping("/reintegration/cases/{caseId}/members/{personId}/assessment")
  String form(
      @PathVariable String caseId, @PathVariable String personId, Actor actor, Model model) {
    CaseId id = Json.caseId(caseId);
    PersonId person = Json.personId(personId);
    Assessment a =
        assessments.ofCase(id, actor).stream()
            .filter(x -> x.personId().equals(person))
            .findFirst()
            .orElse(null);
    MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
    if (a != null) {
      put(values, "assessedOn", a.assessedOn());
      put(values, "skills", a.skills());
      put(values, "education", a.education());
      put(values, "wishes", a.wishes());
      put(values, "maritalStatus", a.maritalStatus());
      put(values, "dependants", a.dependants());
      put(values, "familySituation", a.familySituation());
      put(values, "followUpNeeded", Boolean.toString(a.followUpNeeded()));
      put(values, "followUp", a.followUp());
      put(values, "version", a.version());
    }
    return page(model, id, person, new Form(values), FieldErrors.NONE, actor);
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/cases/{caseId}/members/{personId}/assessment")
  String record(
      @PathVariable String caseId,
      @PathVariable String personId,
      @RequestParam MultiValueMap<String, String> values,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CaseId id = Json.caseId(caseId);
    PersonId person = Json.personId(personId);
    Form form = new Form(values);
    try {
      String version = form.get("version");
      assessments.record(
          id,
          person,
          version == null || !version.matches("[0-9]{1,18}") ? 0L : Long.valueOf(version),
          new AssessmentDetails(
              form.get("assessedOn"),
              form.get("skills"),
              form.get("education"),
              form.get("wishes"),
              form.get("maritalStatus"),
              form.get("dependants"),
              form.get("familySituation"),
              form.ticked("followUpNeeded"),
              form.get("followUp")),
          actor);
      redirect.addFlashAttribute("notice", "assessment-recorded");
      return "redirect:/reintegration/cases/" + id;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return page(model, id, person, form, Form.errors(e, messages), actor);
    } catch (StaleVersionException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute(
          "problem", messages.getMessage("reintegration.stale", null, Form.locale()));
      return page(model, id, person, form, FieldErrors.NONE, actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return page(model, id, person, form, FieldErrors.NONE, actor);
    }
  }

  private String page(
      Model model, CaseId id, PersonId person, Form form, FieldErrors errors, Actor actor) {
    Handover handover = queue.handover(id, actor);
    Handover.Member member =
        handover.members().stream()
            .filter(m -> m.person().id().equals(person))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("member", person));
    Person p = member.person();
    model.addAttribute("file", handover.file());
    model.addAttribute("member", member);
    model.addAttribute("person", p);
    model.addAttribute("statuses", MaritalStatus.values());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "reintegration/assessment";
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
