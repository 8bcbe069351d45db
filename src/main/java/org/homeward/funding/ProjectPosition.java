package org.homeward.funding;

import java.util.List;
import javax.money.MonetaryAmount;
import org.homeward.funding.engine.FundingPosition;

/**
 * How a project's money stands on {@code money.asOf()}, in its currency, computed by the position
 * engine from the stored contributions, expenditures, commitments and rates: received − spent −
 * committed is what is available, the burn rate over the last 8 weeks gives the day it runs out.
 *
 * @param lines every budget line, in {@link BudgetLine} order
 * @param casesCommitted cases whose reservation stands (reserved or consumed) on the date
 * @param peopleCommitted the people of those cases
 * @param peopleAssistedBefore those the project assisted before its cases were kept here
 * @param averageCostPerCase the expected cost of those cases on average; null when there is none
 * @param casesCoverable how many more cases the available money pays for at that average; null when
 *     there is no average
 * @param peopleCoverable the same in people, at the average cost per person
 */
public record ProjectPosition(
    ProjectId projectId,
    String code,
    String title,
    String missionCode,
    FundingPosition money,
    MonetaryAmount budget,
    List<LinePosition> lines,
    int casesCommitted,
    int peopleCommitted,
    int peopleAssistedBefore,
    MonetaryAmount averageCostPerCase,
    Integer casesCoverable,
    MonetaryAmount averageCostPerPerson,
    Integer peopleCoverable) {

  public ProjectPosition {
    lines = List.copyOf(lines);
  }
}
