package org.homeward.movement.web;

import java.time.Clock;
import org.homeward.movement.readiness.CaseTravels;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the registry's case page its Travel section: the page includes {@code movement/case-travel}
 * when its model holds {@code caseTravel}, and calls {@code caseTravel.of(c)} with the case it
 * shows, so that the section costs nothing on the registry's other pages and reads only what the
 * page's reader may open. The registry knows nothing of movement: without this module the page
 * simply has no Travel section.
 */
@ControllerAdvice(basePackages = "org.homeward.registry.web")
class CaseTravelOnCasePage {

  private final CaseTravels travels;
  private final AccessPolicy access;
  private final ConsulateChoices consulates;
  private final Clock clock;

  CaseTravelOnCasePage(
      CaseTravels travels, AccessPolicy access, ConsulateChoices consulates, Clock clock) {
    this.travels = travels;
    this.access = access;
    this.consulates = consulates;
    this.clock = clock;
  }

  @ModelAttribute
  void caseTravel(Actor actor, Model model) {
    if (actor.may(Permission.MOVEMENT_READ)) {
      model.addAttribute(
          "caseTravel", new CaseTravelSections(actor, travels, access, consulates, clock));
    }
  }
}
