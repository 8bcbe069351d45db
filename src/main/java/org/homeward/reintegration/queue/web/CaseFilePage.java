package org.homeward.reintegration.queue.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.assessment.Assessment;
import org.homeward.reintegration.assessment.Assessments;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.reintegration.partners.Partner;
import org.homeward.reintegration.partners.Partners;
import org.homeward.reintegration.partners.Referrals;
import org.homeward.reintegration.plans.Plans;
import org.homeward.reintegration.queue.Handover;
import org.homeward.reintegration.queue.Queue;
import org.homeward.reintegration.reception.Receptions;
import org.homeward.reintegration.web.Form;
import org.homeward.shared.web.FieldErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A case's reintegration file as a page ({@code reintegration/case}): what the host mission handed
 * over, the reception, each returnee's assessment, the plans and the referrals, with the forms of
 * those who work the case. Shared by the pages whose forms come back to it with their errors.
 */
@Component
public class CaseFilePage {

  private final Queue queue;
  private final Receptions receptions;
  private final Assessments assessments;
  private final Plans plans;
  private final Partners partners;
  private final Referrals referrals;
  private final ReintegrationScope scope;

  CaseFilePage(
      Queue queue,
      Receptions receptions,
      Assessments assessments,
      Plans plans,
      Partners partners,
      Referrals referrals,
      ReintegrationScope scope) {
    this.queue = queue;
    this.receptions = receptions;
    this.assessments = assessments;
    this.plans = plans;
    this.partners = partners;
    this.referrals = referrals;
    this.scope = scope;
  }

  /** Fills the model of the case's file; {@code referral} is the referral form as typed. */
  public String render(Model model, CaseId id, Form referral, FieldErrors errors, Actor actor) {
    Handover handover = queue.handover(id, actor);
    Map<PersonId, Assessment> assessed = new HashMap<>();
    assessments.ofCase(id, actor).forEach(a -> assessed.put(a.personId(), a));
    Map<PersonId, String> names = new HashMap<>();
    handover.household().members().forEach(p -> names.put(p.id(), p.fullName()));
    boolean canWork =
        actor.may(Permission.REINTEGRATION_MANAGE)
            && scope.receives(actor, handover.household().holding())
            && ReintegrationScope.WORKED.contains(handover.household().status());
    model.addAttribute("handover", handover);
    model.addAttribute("file", handover.file());
    model.addAttribute("household", handover.household());
    model.addAttribute("reception", receptions.of(id, actor).orElse(null));
    model.addAttribute("assessed", assessed);
    model.addAttribute("plans", plans.ofCase(id, actor));
    model.addAttribute("referrals", referrals.ofCase(id, actor));
    model.addAttribute("names", names);
    model.addAttribute("canWork", canWork);
    model.addAttribute(
        "partners",
        canWork ? partners.list(actor).stream().filter(Partner::active).toList() : List.of());
    model.addAttribute("form", referral);
    model.addAttribute("errors", errors);
    return "reintegration/case";
  }
}
