package org.homeward.registry;

import java.time.Instant;
import java.util.List;
import org.homeward.audit.AuditEntry;

/**
 * Everything held about one person, for a subject-access request: the person, the case they belong
 * to, and the case's full history (including who read their sensitive data).
 */
public record PersonExport(
    Instant exportedAt,
    String exportedBy,
    String purpose,
    Person person,
    Case household,
    List<AuditEntry> history) {

  public PersonExport {
    history = List.copyOf(history);
  }
}
