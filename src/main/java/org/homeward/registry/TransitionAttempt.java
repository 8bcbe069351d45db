package org.homeward.registry;

import org.homeward.organisation.Actor;

/** A requested step of a case, as a {@link TransitionGuard} sees it before it happens. */
public record TransitionAttempt(Case current, CaseStatus to, String reason, Actor actor) {

  public CaseStatus from() {
    return current.status();
  }
}
