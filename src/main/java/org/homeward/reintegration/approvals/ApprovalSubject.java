package org.homeward.reintegration.approvals;

import org.homeward.organisation.Actor;

/**
 * What an approval is for (a plan, a purchase order), as it carries out the second person's
 * decision in the decision's transaction. Each kind of subject has one.
 */
public interface ApprovalSubject {

  Approval.Subject subject();

  /** The second person approved: the plan is approved, the purchase may be paid. */
  void approved(Approval approval, Actor approver);

  /** The second person said no, and why: the plan goes back to draft, the purchase stops. */
  void rejected(Approval approval, Actor approver, String note);
}
