package org.homeward.movement.plans;

import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.CaseScope;
import org.homeward.organisation.Holding;
import org.homeward.organisation.Permission;
import org.homeward.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who sees and changes which plan, as the {@link AccessPolicy} says of the mission's cases and
 * flights: a plan is held by its mission, whose movement officers keep it; those who see the
 * mission's movement see its plans. A plan one may not see is not found.
 */
@Component
class PlanAccess {

  private final AccessPolicy access;

  PlanAccess(AccessPolicy access) {
    this.access = access;
  }

  CaseScope readScope(Actor actor) {
    return actor.may(Permission.MOVEMENT_READ) ? access.readScope(actor) : CaseScope.NOTHING;
  }

  boolean sees(Actor actor, Plan plan) {
    return readScope(actor).covers(holding(plan));
  }

  boolean canManage(Actor actor, Plan plan) {
    return actor.may(Permission.MOVEMENT_MANAGE) && access.canChange(actor, holding(plan));
  }

  Plan requireRead(Actor actor, Plan plan) {
    actor.require(Permission.MOVEMENT_READ);
    if (!sees(actor, plan)) {
      throw new NotFoundException("plan", plan.id());
    }
    return plan;
  }

  /** Refuses an actor who may not keep the plan: not found unless they may see it. */
  Plan requireManage(Actor actor, Plan plan) {
    actor.require(Permission.MOVEMENT_MANAGE);
    if (!canManage(actor, plan)) {
      if (sees(actor, plan)) {
        throw new AccessDeniedException("plan " + plan.id() + " is another mission's");
      }
      throw new NotFoundException("plan", plan.id());
    }
    return plan;
  }

  private static Holding holding(Plan plan) {
    return new Holding(plan.missionCode(), plan.scope().destination(), false);
  }
}
