package org.homeward.funding;

import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One week of a project's money, for a chart over time: what was spent in the seven days ending on
 * {@code weekEnding}, and what was committed and available at its end, in the project's currency.
 */
public record WeekFigures(
    LocalDate weekEnding,
    MonetaryAmount spent,
    MonetaryAmount committed,
    MonetaryAmount available) {}
