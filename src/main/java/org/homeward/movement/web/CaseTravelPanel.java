package org.homeward.movement.web;

import java.time.Clock;
import java.util.Optional;
import org.homeward.movement.readiness.CaseTravels;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.Case;
import org.homeward.registry.CasePanel;
import org.springframework.stereotype.Component;

/**
 * The registry's case page's Travel section ({@code movement/case-travel :: panel}), for readers of
 * movement: each member's travel documents, fitness and what they still lack to travel, read only
 * as far as the reader may open them, with the forms of those who may record them.
 */
@Component
class CaseTravelPanel implements CasePanel {

  private final CaseTravels travels;
  private final AccessPolicy access;
  private final ConsulateChoices consulates;
  private final Clock clock;

  CaseTravelPanel(
      CaseTravels travels, AccessPolicy access, ConsulateChoices consulates, Clock clock) {
    this.travels = travels;
    this.access = access;
    this.consulates = consulates;
    this.clock = clock;
  }

  @Override
  public String template() {
    return "movement/case-travel";
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Optional<TravelSection> data(Case c, Actor actor) {
    if (!actor.may(Permission.MOVEMENT_READ)) {
      return Optional.empty();
    }
    return Optional.of(new CaseTravelSections(actor, travels, access, consulates, clock).of(c));
  }
}
