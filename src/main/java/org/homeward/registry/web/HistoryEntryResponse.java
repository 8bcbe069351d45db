package org.homeward.registry.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditEntry;

/** One entry of a case's history: who did what, when, why, and which fields changed. */
record HistoryEntryResponse(
    long sequence,
    Instant at,
    String actor,
    String action,
    String reason,
    List<Change> changes,
    Map<String, Object> details) {

  record Change(String field, Object before, Object after) {}

  static HistoryEntryResponse of(AuditEntry e) {
    return new HistoryEntryResponse(
        e.sequence(),
        e.at(),
        e.actor(),
        e.action(),
        e.reason(),
        e.changes().stream().map(c -> new Change(c.field(), c.before(), c.after())).toList(),
        e.details());
  }
}
