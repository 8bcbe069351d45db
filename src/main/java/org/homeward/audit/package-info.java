/**
 * The append-only trail of every change, every read that shows sensitive data, every refused
 * attempt and every export. Other modules write to it through {@link org.homeward.audit.AuditTrail}
 * inside their own transaction, so a change and its record commit or fail together; appends take no
 * lock. Entries are sealed into a hash chain in commit order just after they commit: {@link
 * org.homeward.audit.AuditTrail#verify()} proves that none was changed, removed, reordered or
 * inserted since. Personal values are sealed per record, so that anonymisation can erase them
 * without breaking the chain.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Audit",
    allowedDependencies = {"shared", "organisation"})
package org.homeward.audit;
