package org.homeward.reintegration.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.registry.CaseId;

/**
 * A monitoring visit: due {@code months} after arrival, taken by an officer (or nobody yet), and,
 * once done, how it was made, the activity's status, the survey answers and their scores with the
 * table version used.
 */
public record Visit(
    long id,
    CaseId caseId,
    String caseNumber,
    String destination,
    int number,
    int months,
    LocalDate dueOn,
    String officer,
    VisitMode mode,
    ActivityStatus activity,
    LocalDate doneOn,
    String notes,
    String surveyVersion,
    BigDecimal economic,
    BigDecimal social,
    BigDecimal psychosocial,
    BigDecimal composite,
    List<String> incomplete,
    Map<String, String> answers) {

  public boolean done() {
    return doneOn != null;
  }

  public boolean overdue(LocalDate today) {
    return !done() && dueOn.isBefore(today);
  }
}
