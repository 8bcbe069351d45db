package org.homeward.reintegration.approvals;

import java.util.Map;
import java.util.Optional;
import org.homeward.organisation.Actor;
import org.homeward.shared.ConflictException;
import org.homeward.shared.web.ProblemCode;

/**
 * The four-eyes rule: a plan above its cap and a purchase above the mission's threshold are
 * approved by a second person, never by the one who asked for them. The rule is kept in one place,
 * asked by every approval, and the database refuses an approval decided by its requester too.
 */
public final class FourEyes {

  private FourEyes() {}

  /** Why {@code approver} may not decide what {@code requester} asked; empty when they may. */
  public static Optional<String> refusal(String requester, Actor approver) {
    if (requester != null && requester.equals(approver.username())) {
      return Optional.of("you asked for this approval: a second person approves it (four eyes)");
    }
    return Optional.empty();
  }

  /**
   * @throws ConflictException {@code four-eyes} when {@code approver} is the requester
   */
  public static void require(String requester, Actor approver) {
    refusal(requester, approver)
        .ifPresent(reason -> {
          throw new ConflictException(
              ProblemCode.FOUR_EYES, reason, Map.of("requestedBy", requester));
        });
  }
}
