/**
 * Reintegration: what the mission in the country of origin does for a returnee once they are home.
 * When movement confirms an arrival ({@link org.homeward.movement.CaseArrived}), the case opens in
 * the queue of the mission of the country of return, with what the host mission recorded
 * (vulnerabilities in the open, skills, education, wishes); what the registry restricts stays
 * restricted. That mission records the reception (airport assistance, onward transport, temporary
 * accommodation), assesses each returnee (skills and wishes, family situation, vulnerability
 * follow-up), and agrees a plan with them, for one person, a household, or a collective project
 * that pools several returnees' grants.
 *
 * <p>A plan's budget is capped per beneficiary by the project that pays for the case (funding's
 * {@link org.homeward.funding.Ledger#costsOf}), in the project's currency; local costs are
 * converted at funding's rate for their date. A plan above the cap, and a purchase above the
 * mission's threshold, wait for a second person's approval: the approver is never the requester.
 * Goods and services are bought in kind, in tranches of purchase orders; paying one records it as
 * an expenditure in funding's ledger in the same transaction. Approving a plan moves its cases
 * ARRIVED → IN_REINTEGRATION through the registry's {@link org.homeward.registry.CaseLifecycle}.
 * The mission keeps its implementing partners (NGOs, training centres, microfinance institutions,
 * health providers) and tracks the referrals of returnees to them.
 *
 * <p>It publishes {@link org.homeward.reintegration.ReintegrationCases}: for a case, its arrival
 * (day, receiving mission, officer) and its plan's type and status ({@code planOf}), for the
 * modules that follow a returnee after the plan; {@link org.homeward.reintegration.Reintegration},
 * the commands the pages, the API and the demo use; and the events {@link
 * org.homeward.reintegration.ReintegrationCaseOpened} and {@link
 * org.homeward.reintegration.ReintegrationPlanApproved}.
 *
 * <p>After the arrival, monitoring visits at about 3, 6 and 12 months (scheduled on {@code
 * CaseArrived}) record the business or training status and the answers to the reintegration
 * sustainability survey, whose table (questions, answers, values and weights) is versioned data;
 * their scores are stored per visit with the table's version. The last visit closes the case.
 */
@org.springframework.modulith.ApplicationModule(
    displayName = "Reintegration",
    allowedDependencies = {"shared", "registry", "funding", "movement", "organisation", "audit"})
package org.homeward.reintegration;
