package org.homeward.registry.web;

import java.time.Instant;
import java.util.Map;
import org.homeward.audit.AuditEntry;

/**
 * One step of a case's history as the timeline shows it; {@code from} and {@code to} are set for a
 * change of status.
 */
record TimelineEntry(
    Instant at, String actor, String action, String reason, String from, String to, int changes) {

  static TimelineEntry of(AuditEntry e) {
    Map<String, Object> details = e.details() == null ? Map.of() : e.details();
    return new TimelineEntry(
        e.at(),
        e.actor(),
        e.action(),
        e.reason(),
        text(details.get("from")),
        text(details.get(e.action().equals("case.registered") ? "status" : "to")),
        e.changes() == null ? 0 : e.changes().size());
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
