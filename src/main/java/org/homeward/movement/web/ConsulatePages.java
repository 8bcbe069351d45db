package org.homeward.movement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.homeward.movement.documents.ConsulateRequests;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.web.FieldErrors;
import org.homeward.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The movement officer's page of travel documents per consulate: for each consulate the requests
 * waiting, the list to download as CSV or PDF, and the form that records the list as sent (the
 * disclosure).
 */
@PageController
class ConsulatePages {

  private final ConsulateRequests requests;
  private final ConsulateFiles files;
  private final MessageSource messages;
  private final Clock clock;

  ConsulatePages(
      ConsulateRequests requests, ConsulateFiles files, MessageSource messages, Clock clock) {
    this.requests = requests;
    this.files = files;
    this.messages = messages;
    this.clock = clock;
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/movement/consulates")
  String consulates(Actor actor, Model model) {
    return page(model, null, TravelForms.SendingForm.blank(today()), FieldErrors.NONE, actor);
  }

  @Requires(Permission.MOVEMENT_MANAGE)
  @PostMapping("/movement/consulates/{country}/sendings")
  String send(
      @PathVariable String country,
      @RequestParam(name = "documentIds", required = false) List<String> documentIds,
      @RequestParam(required = false) String sentOn,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    try {
      int sent = requests.markSent(country, documentIds, sentOn, actor).size();
      redirect.addFlashAttribute("notice", "sent");
      redirect.addFlashAttribute("sentCount", sent);
      redirect.addFlashAttribute("sentTo", country);
      return "redirect:/movement/consulates#consulate-" + country;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return page(
          model,
          country,
          new TravelForms.SendingForm(sentOn),
          FieldErrors.of(e.violations(), messages, LocaleContextHolder.getLocale()),
          actor);
    }
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/movement/consulates/{country}/requests.csv")
  ResponseEntity<byte[]> csv(@PathVariable String country, Actor actor) {
    return files.csv(country, actor);
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/movement/consulates/{country}/requests.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String country, Actor actor) {
    return files.pdf(country, LocaleContextHolder.getLocale(), actor);
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }

  private String page(
      Model model, String failed, TravelForms.SendingForm form, FieldErrors errors, Actor actor) {
    model.addAttribute("consulates", requests.all(actor));
    model.addAttribute("canManage", actor.may(Permission.MOVEMENT_MANAGE));
    model.addAttribute("failed", failed);
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("noErrors", FieldErrors.NONE);
    return "movement/consulates";
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
