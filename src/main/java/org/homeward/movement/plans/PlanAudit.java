package org.homeward.movement.plans;

import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.Actor;
import org.springframework.stereotype.Component;

/**
 * Writes a plan's entries in the audit trail, in the caller's transaction, under the subject
 * {@value #SUBJECT} and the plan's mission, as flights' changes are: cases by number, never a name.
 */
@Component
class PlanAudit {

  static final String SUBJECT = "plan";

  private final AuditTrail audit;

  PlanAudit(AuditTrail audit) {
    this.audit = audit;
  }

  /** Records {@code movement.<action>} on the plan at {@code revision}, the revision it made. */
  void record(
      PlanId plan,
      String missionCode,
      String action,
      int revision,
      Actor actor,
      Map<String, Object> details) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("revision", revision);
    all.putAll(details);
    audit.record(
        AuditRecord.of(actor.username(), "movement." + action, SUBJECT, plan.toString())
            .inMission(missionCode)
            .withDetails(all));
  }
}
