package org.homeward.audit;

import java.util.List;

/** Writes to and reads the audit trail. Writing joins the caller's transaction. */
public interface AuditTrail {

  /** Appends an entry in the current transaction; there is no way to change or remove one. */
  void record(AuditRecord record);

  /** Every entry about one record, oldest first. */
  List<AuditEntry> history(String subjectType, String subjectId);
}
