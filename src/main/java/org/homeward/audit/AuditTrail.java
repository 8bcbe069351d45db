package org.homeward.audit;

import java.util.List;

/** Writes to and reads the audit trail. Writing joins the caller's transaction. */
public interface AuditTrail {

  /**
   * Appends an entry in the current transaction, without waiting for other writers; it is sealed
   * into the chain shortly after commit. There is no way to change or remove one.
   */
  void record(AuditRecord record);

  /**
   * Appends an entry in a transaction of its own, which stands even when the caller's is rolled
   * back: for refusals, which must be kept although the request they refused changes nothing.
   */
  void recordSeparately(AuditRecord record);

  /**
   * Makes the personal values of every entry about one record unreadable, for good (its key is
   * destroyed), while the entries themselves stay and the chain still verifies: for anonymisation
   * at the end of the retention period.
   */
  void erasePersonalValues(String subjectType, String subjectId);

  /**
   * Seals every entry committed so far, then recomputes the chain from the first entry: is it
   * whole, and if not, where does it break and how?
   */
  ChainVerification verify();

  /** Entries matching {@code query}, newest first, among {@code missions} (empty: all). */
  AuditPage search(AuditQuery query, java.util.Set<String> missions);

  /** Every entry about one record, oldest first. */
  List<AuditEntry> history(String subjectType, String subjectId);
}
