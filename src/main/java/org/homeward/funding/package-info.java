/**
 * Funding: the money behind every return. The module keeps the books (donors, projects with their
 * budget by line, unit costs and eligibility, appeals, contributions and pledges, dated exchange
 * rates), the commitment reserved for each eligible case and the expenditures that replace it, so
 * that a chief of mission knows how much is left and when it runs out, and no case is promised what
 * no project can pay for.
 *
 * <p>It guards the registry's step to ELIGIBLE (a {@link org.homeward.registry.TransitionGuard}):
 * the expected cost is reserved on a project in the step's own transaction, under a lock on the
 * project's row, or the step is refused with the shortfall and the case waits for funds; a chief of
 * mission may override with a written justification. It releases a commitment when a case
 * withdraws, is found ineligible or does not show (listening to {@link
 * org.homeward.registry.CaseStatusChanged}).
 *
 * <p>It publishes {@link org.homeward.funding.Ledger} (what a case may cost, the costs movement and
 * reintegration record, the positions of projects and appeals, the waiting list), {@link
 * org.homeward.funding.FundingRecords} (the books), and the events {@link
 * org.homeward.funding.ContributionReceived} and {@link org.homeward.funding.FundsLow}. Every
 * position is computed by the engine ({@code engine}, free of Spring: {@link
 * org.homeward.funding.engine.ExchangeRates}, {@link
 * org.homeward.funding.engine.PositionCalculator}), which the {@code funds} command ({@link
 * org.homeward.funding.FundsCommand}) also runs over a file.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Funding",
    allowedDependencies = {"shared", "registry", "organisation", "audit"})
package org.homeward.funding;
