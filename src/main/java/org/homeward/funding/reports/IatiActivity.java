package org.homeward.funding.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.homeward.shared.LanguageCode;

/**
 * A project as an IATI activity. Its identifier is the reporting organisation's ref, a hyphen and
 * the project code.
 *
 * @param language the language of the title, description and names
 * @param participants at least one: the donors funding it, the mission implementing it
 * @param recipientCountries may be empty
 * @param budgets may be empty
 * @param transactions may be empty
 */
public record IatiActivity(
    String projectCode,
    LanguageCode language,
    String title,
    String description,
    IatiActivityStatus status,
    Dates dates,
    List<IatiParticipant> participants,
    List<IatiRecipientCountry> recipientCountries,
    CurrencyUnit defaultCurrency,
    List<IatiBudget> budgets,
    List<IatiTransaction> transactions) {

  /**
   * When the project was planned to and did start and end. Planned start and end are required; the
   * actual dates are null until they happen.
   */
  public record Dates(
      LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {

    public Dates {
      Objects.requireNonNull(plannedStart, "plannedStart");
      Objects.requireNonNull(plannedEnd, "plannedEnd");
      if (plannedEnd.isBefore(plannedStart)) {
        throw new IllegalArgumentException(
            "a project ends on or after it starts: " + plannedStart + " to " + plannedEnd);
      }
      if (actualEnd != null && actualStart == null) {
        throw new IllegalArgumentException("a project that ended has started: give actualStart");
      }
    }

    public static Dates planned(LocalDate start, LocalDate end) {
      return new Dates(start, end, null, null);
    }

    public Dates actual(LocalDate start, LocalDate end) {
      return new Dates(plannedStart, plannedEnd, start, end);
    }
  }

  public IatiActivity {
    projectCode = ReportText.required(projectCode, "projectCode");
    Objects.requireNonNull(language, "language");
    title = ReportText.required(title, "title");
    description = ReportText.required(description, "description");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(dates, "dates");
    participants = List.copyOf(participants);
    if (participants.isEmpty()) {
      throw new IllegalArgumentException(
          "an IATI activity names at least one participating organisation: " + projectCode);
    }
    recipientCountries = List.copyOf(recipientCountries);
    if (recipientCountries.size() > 1
        && recipientCountries.stream().anyMatch(c -> c.percentage() == null)) {
      throw new IllegalArgumentException(
          "several recipient countries each need a percentage: " + projectCode);
    }
    if (recipientCountries.size() > 1
        && recipientCountries.stream()
                .map(IatiRecipientCountry::percentage)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(BigDecimal.valueOf(100))
            != 0) {
      throw new IllegalArgumentException(
          "the recipient countries' percentages must add up to 100: " + projectCode);
    }
    Objects.requireNonNull(defaultCurrency, "defaultCurrency");
    budgets = List.copyOf(budgets);
    transactions = List.copyOf(transactions);
  }

  /** The IATI identifier: {@code {reporting-org ref}-{project code}}. */
  public String identifier(IatiOrganisation reportingOrg) {
    return reportingOrg.ref() + "-" + projectCode;
  }
}
