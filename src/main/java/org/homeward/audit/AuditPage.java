package org.homeward.audit;

import java.util.List;

/** A page of audit entries, newest first. */
public record AuditPage(List<AuditEntry> entries, int page, int size, long total) {

  public AuditPage {
    entries = List.copyOf(entries);
  }
}
