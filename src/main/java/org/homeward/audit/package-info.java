/**
 * The append-only trail of every change (and, later, every sensitive read and disclosure). Other
 * modules write to it through {@link org.homeward.audit.AuditTrail} inside their own transaction,
 * so a change and its record commit or fail together. Entries are chained by hash: {@link
 * org.homeward.audit.AuditTrail#verify()} proves that none was changed or removed.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Audit",
    allowedDependencies = {"shared", "organisation"})
package org.homeward.audit;
