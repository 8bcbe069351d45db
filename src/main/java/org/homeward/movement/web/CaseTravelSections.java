package org.homeward.movement.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.movement.readiness.CaseTravel;
import org.homeward.movement.readiness.CaseTravels;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.Case;

/** Builds the Travel section of a case page for the reader of one request. */
public final class CaseTravelSections {

  private final Actor actor;
  private final CaseTravels travels;
  private final AccessPolicy access;
  private final ConsulateChoices consulates;
  private final Clock clock;

  CaseTravelSections(
      Actor actor,
      CaseTravels travels,
      AccessPolicy access,
      ConsulateChoices consulates,
      Clock clock) {
    this.actor = actor;
    this.travels = travels;
    this.access = access;
    this.consulates = consulates;
    this.clock = clock;
  }

  /** The section of the case the page shows. */
  public TravelSection of(Case c) {
    CaseTravel travel = travels.read(c.id(), actor);
    List<TravelSection.Member> members = new ArrayList<>();
    for (int i = 0; i < travel.members().size(); i++) {
      CaseTravel.Member m = travel.members().get(i);
      members.add(
          new TravelSection.Member(
              i, m, consulates.consulates(m.person().identity().nationality())));
    }
    boolean changeable = access.canChange(actor, c.holding());
    return new TravelSection(
        travel,
        members,
        changeable && actor.may(Permission.MOVEMENT_MANAGE),
        changeable && actor.may(Permission.FITNESS_RECORD),
        LocalDate.now(clock));
  }
}
