/**
 * The append-only trail of every change (and, later, every sensitive read and disclosure). Other
 * modules write to it through {@link org.homeward.audit.AuditTrail} inside their own transaction,
 * so a change and its record commit or fail together.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Audit",
    allowedDependencies = {"shared"})
package org.homeward.audit;
