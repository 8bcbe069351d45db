package org.homeward.reintegration.approvals.web;

import jakarta.servlet.http.HttpServletResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reintegration.approvals.Approval;
import org.homeward.reintegration.approvals.Approvals;
import org.homeward.reintegration.web.Json;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What waits for the signed-in user's approval (plans above their cap, purchases above the
 * threshold), each with an approve and a reject form; and their own requests still waiting.
 */
@PageController
class ApprovalPages {

  private final Approvals approvals;
  private final MessageSource messages;

  ApprovalPages(Approvals approvals, MessageSource messages) {
    this.approvals = approvals;
    this.messages = messages;
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration/approvals")
  String list(Actor actor, Model model) {
    model.addAttribute("waiting", approvals.waitingFor(actor));
    model.addAttribute("requested", approvals.requestedBy(actor));
    model.addAttribute("canApprove", actor.may(Permission.REINTEGRATION_APPROVE));
    return "reintegration/approvals";
  }

  @Requires(Permission.REINTEGRATION_APPROVE)
  @PostMapping("/reintegration/approvals/{id}/decision")
  String decide(
      @PathVariable String id,
      @RequestParam(required = false) String decision,
      @RequestParam(required = false) String note,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long approval = Json.number("approval", id);
    try {
      Approval decided = approvals.decide(approval, decision, note, actor);
      redirect.addFlashAttribute("notice", "decided-" + decided.status().name());
      redirect.addFlashAttribute("caseNumber", decided.caseNumber());
      return "redirect:/reintegration/approvals";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute(
          "problem",
          messages.getMessage(
              "reintegration.reject-needs-note",
              null,
              org.homeward.reintegration.web.Form.locale()));
      model.addAttribute("failed", approval);
      return list(actor, model);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return list(actor, model);
    }
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }
}
