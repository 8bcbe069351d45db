package org.homeward.movement.flights;

import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.Actor;
import org.springframework.stereotype.Component;

/**
 * Writes a flight's entries in the audit trail, in the caller's transaction, under the subject
 * {@value #SUBJECT} and the flight's mission. Entries name cases by number and people by id, never
 * by name.
 */
@Component
public class FlightAudit {

  public static final String SUBJECT = "flight";

  private final AuditTrail audit;

  FlightAudit(AuditTrail audit) {
    this.audit = audit;
  }

  /**
   * Records {@code movement.<action>} on the flight; {@code revision} is the manifest's revision
   * after the change (0 before the flight is confirmed).
   */
  public void record(
      Flight flight,
      String action,
      String actor,
      String reason,
      int revision,
      Map<String, Object> details) {
    Map<String, Object> all = new LinkedHashMap<>(details);
    if (revision > 0) {
      all.put("manifestRevision", revision);
    }
    audit.record(
        AuditRecord.of(actor, "movement." + action, SUBJECT, flight.id().toString())
            .inMission(flight.missionCode())
            .because(reason)
            .withDetails(all));
  }

  public void record(Flight flight, String action, Actor actor, Map<String, Object> details) {
    record(flight, action, actor.username(), null, flight.manifestRevision(), details);
  }
}
