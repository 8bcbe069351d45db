package org.homeward.registry;

import org.homeward.organisation.Actor;

/**
 * A requested step of a case, as a {@link TransitionGuard} sees it before it happens.
 *
 * @param override the written justification of someone who asks the guards that allow it to let the
 *     step through although they would refuse it (a chief of mission making eligible a case no
 *     project can pay for); {@code null} when the step is asked for plainly. Each guard decides
 *     whether it may be overridden, and by whom; the registry's own never are.
 */
public record TransitionAttempt(
    Case current, CaseStatus to, String reason, String override, Actor actor) {

  /** A plain request, with no override. */
  public TransitionAttempt(Case current, CaseStatus to, String reason, Actor actor) {
    this(current, to, reason, null, actor);
  }

  public CaseStatus from() {
    return current.status();
  }

  public boolean overridden() {
    return override != null;
  }
}
