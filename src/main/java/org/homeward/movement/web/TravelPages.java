package org.homeward.movement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.movement.FitnessOutcome;
import org.homeward.movement.TravelDocumentType;
import org.homeward.movement.documents.TravelDocument;
import org.homeward.movement.documents.TravelDocuments;
import org.homeward.movement.fitness.FitnessChecks;
import org.homeward.movement.internal.People;
import org.homeward.movement.web.TravelForms.CollectForm;
import org.homeward.movement.web.TravelForms.FitnessForm;
import org.homeward.movement.web.TravelForms.IssueForm;
import org.homeward.movement.web.TravelForms.RequestForm;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.PersonId;
import org.homeward.registry.RegisteredPerson;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.web.FieldErrors;
import org.homeward.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the Travel section of a case page: a movement officer requests a member's travel
 * document, records its issue and its collection; a medical officer records a fitness check. Each
 * goes back to the case page with a notice; one with mistakes comes back on a page of its own, its
 * fields as typed and each mistake at its field. They call the same services as the API.
 */
@PageController
class TravelPages {

  private final TravelDocuments documents;
  private final FitnessChecks checks;
  private final People people;
  private final ConsulateChoices support;
  private final MessageSource messages;
  private final Clock clock;

  TravelPages(
      TravelDocuments documents,
      FitnessChecks checks,
      People people,
      ConsulateChoices support,
      MessageSource messages,
      Clock clock) {
    this.documents = documents;
    this.checks = checks;
    this.people = people;
    this.support = support;
    this.messages = messages;
    this.clock = clock;
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/people/{personId}/travel-documents")
  String request(
      @PathVariable String personId,
      RequestForm form,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PersonId id = MovementJson.personId(personId);
    try {
      TravelDocument d =
          documents.request(
              id,
              new TravelDocuments.Request(form.type(), form.consulate(), form.requestedOn()),
              actor);
      return back(d.caseId().toString(), "requested", redirect);
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return formPage(model, "request", people.readable(id, actor), null, form, errors(e), null);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return formPage(
          model, "request", people.readable(id, actor), null, form, FieldErrors.NONE, e.code());
    }
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/travel-documents/{documentId}/issue")
  String issue(
      @PathVariable String documentId,
      IssueForm form,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = MovementJson.documentId(documentId);
    try {
      TravelDocument d =
          documents.issue(
              id,
              new TravelDocuments.Issue(form.number(), form.issuedOn(), form.expiresOn()),
              actor);
      return back(d.caseId().toString(), "issued", redirect);
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return documentFormPage(model, "issue", id, form, errors(e), null, actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return documentFormPage(model, "issue", id, form, FieldErrors.NONE, e.code(), actor);
    }
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/travel-documents/{documentId}/collection")
  String collect(
      @PathVariable String documentId,
      CollectForm form,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UUID id = MovementJson.documentId(documentId);
    try {
      TravelDocument d =
          documents.collect(id, new TravelDocuments.Collection(form.collectedOn()), actor);
      return back(d.caseId().toString(), "collected", redirect);
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return documentFormPage(model, "collect", id, form, errors(e), null, actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return documentFormPage(model, "collect", id, form, FieldErrors.NONE, e.code(), actor);
    }
  }

  @Requires(Permission.FITNESS_RECORD)
  @PostMapping("/movement/people/{personId}/fitness-checks")
  String fitness(
      @PathVariable String personId,
      FitnessForm form,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PersonId id = MovementJson.personId(personId);
    try {
      FitnessChecks.Recorded recorded =
          checks.record(
              id,
              new FitnessChecks.Check(
                  form.checkedOn(), form.outcome(), form.validUntil(), form.details()),
              actor);
      return back(
          recorded.check().caseId().toString(),
          recorded.deferred() ? "deferred" : "fitness-recorded",
          redirect);
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return formPage(model, "fitness", people.readable(id, actor), null, form, errors(e), null);
    }
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }

  private static String back(String caseId, String notice, RedirectAttributes redirect) {
    redirect.addFlashAttribute("travelNotice", notice);
    return "redirect:/cases/" + caseId + "#travel";
  }

  private String documentFormPage(
      Model model,
      String kind,
      UUID id,
      Object form,
      FieldErrors errors,
      String problem,
      Actor actor) {
    TravelDocument d = documents.get(id, actor);
    return formPage(model, kind, people.readable(d.personId(), actor), d, form, errors, problem);
  }

  private String formPage(
      Model model,
      String kind,
      RegisteredPerson person,
      TravelDocument document,
      Object form,
      FieldErrors errors,
      String problem) {
    model.addAttribute("kind", kind);
    model.addAttribute("person", person);
    model.addAttribute("name", People.name(person));
    model.addAttribute("caseLink", "/cases/" + person.caseId() + "#travel");
    model.addAttribute("document", document);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("problem", problem);
    model.addAttribute("consulates", support.consulates(person.identity().nationality()));
    model.addAttribute("documentTypes", List.of(TravelDocumentType.values()));
    model.addAttribute("outcomes", List.of(FitnessOutcome.values()));
    model.addAttribute("today", LocalDate.now(clock));
    return "movement/travel-form";
  }

  private FieldErrors errors(InvalidInputException e) {
    return FieldErrors.of(e.violations(), messages, LocaleContextHolder.getLocale());
  }
}
