/**
 * Movement: getting people home. This part of the module keeps each person's travel documents (a
 * passport, or a laissez-passer or emergency travel document asked of the consulate of their
 * country: requested, issued, collected) and their fitness to travel (the medical check's outcome
 * and how long it holds; its medical details sealed and shown only to those with a need to know).
 *
 * <p>It guards the registry's step to READY_FOR_DEPARTURE (a {@link
 * org.homeward.registry.TransitionGuard}): a case gets there only when every member is covered by
 * the case's funding, holds a valid travel document and is fit to travel; a refusal names each
 * member and what they lack. An UNFIT outcome defers the case through the registry's lifecycle.
 * Sending the list of requests to a consulate is recorded as a disclosure in the audit trail.
 *
 * <p>Its flights ({@link org.homeward.movement.Flights}) take households home, and a case becomes
 * BOOKED, DEPARTED, ARRIVED or NO_SHOW only with its flight: a second guard refuses those steps
 * asked of the registry by hand. A booked household's passengers follow its case's members ({@link
 * org.homeward.registry.CaseUpdated}); when the registry anonymises a case ({@link
 * org.homeward.registry.CaseAnonymised}) movement erases its own personal data of it.
 *
 * <p>It publishes {@link org.homeward.movement.TravelReadiness}: for a person (or every member of a
 * case) and a day, the valid travel document and its expiry, the fitness outcome and its validity,
 * and whether a medical escort is needed, for the flights and their planner.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Movement",
    allowedDependencies = {"shared", "registry", "funding", "organisation", "audit"})
package org.homeward.movement;
