/**
 * The registry of people who ask to go home: households (cases) and their members, vulnerability,
 * consent to a voluntary return, and the case status with its full history.
 *
 * <p>The status has one owner, the state machine behind {@link
 * org.homeward.registry.CaseLifecycle}: other modules request a transition there, and may veto one
 * by implementing {@link org.homeward.registry.TransitionGuard}. Publishes {@link
 * org.homeward.registry.CaseRegistered}, {@link org.homeward.registry.CaseUpdated} (members who
 * joined or left), {@link org.homeward.registry.CaseStatusChanged}, {@link
 * org.homeward.registry.ConsentWithdrawn} and {@link org.homeward.registry.CaseAnonymised} (at the
 * end of the retention period). Modules above read it through {@link
 * org.homeward.registry.CaseQueries}; {@link org.homeward.registry.Cases} is a thin facade over the
 * use cases (registration, consent, disclosure and subject access, reads).
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Registry",
    allowedDependencies = {"shared", "organisation", "audit"})
package org.homeward.registry;
