/**
 * Funding: the money behind every return. The module is for donors, projects, appeals,
 * contributions and pledges, dated exchange rates, the commitments reserved for eligible cases and
 * the expenditures that replace them, so that a chief of mission knows how much is left and when it
 * runs out, and no case is promised what no project can pay for. It publishes the funding position
 * of a set of contributions, expenditures and commitments in one currency on a date: pledged,
 * received, spent, committed, available, the burn rate over the last eight weeks and the forecast
 * date the available funds run out.
 *
 * <p>Today it holds the position engine ({@code engine}, free of Spring: {@link
 * org.homeward.funding.engine.ExchangeRates} and {@link
 * org.homeward.funding.engine.PositionCalculator}) and the {@code funds} command ({@link
 * org.homeward.funding.FundsCommand}), which prints the position of a scenario file as JSON. The
 * tables, the funding guard on eligibility and the pages will call the same engine.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Funding",
    allowedDependencies = {"shared", "registry", "organisation", "audit"})
package org.homeward.funding;
