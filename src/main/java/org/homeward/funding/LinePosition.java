package org.homeward.funding;

import javax.money.MonetaryAmount;

/**
 * One budget line of a project on a date, in the project's currency: what was budgeted, spent and
 * is still committed, and what the budget has left ({@code budget − spent − committed}, negative
 * when overspent).
 */
public record LinePosition(
    BudgetLine line,
    MonetaryAmount budget,
    MonetaryAmount spent,
    MonetaryAmount committed,
    MonetaryAmount remaining) {}
