package org.homeward.demo.story;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.registry.Case;
import org.homeward.registry.CaseSearch;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.CaseSummary;
import org.homeward.registry.Cases;
import org.homeward.reintegration.Reintegration;
import org.homeward.shared.NotFoundException;

/**
 * The follow-up of the households that went home on the earlier charter to Douala: the Cameroon
 * mission visited each at about 3, 6 and 12 months after the day it landed and recorded the
 * survey's answers (one "don't know" among them); most got on, the street-food stand closed before
 * the last visit. After its last visit each case is closed, as monitoring does.
 */
public final class MonitoringStory {

  /** Indicator id and its answers, best first (the survey table's ids). */
  static final String[][] INDICATORS = {
    {"economic-satisfaction", "very-satisfied", "satisfied", "neutral", "dissatisfied"},
    {"food-security", "never", "sometimes", "often"},
    {"ability-to-borrow", "yes", "no"},
    {"debt", "no-debt", "manageable", "too-heavy"},
    {"employment", "regular", "irregular", "none"},
    {"housing", "good", "acceptable", "poor"},
    {"access-to-services", "good", "limited", "none"},
    {"documentation", "yes", "no"},
    {"access-to-justice", "agree", "partly", "disagree"},
    {"social-participation", "often", "sometimes", "never"},
    {"support-network", "yes", "no"},
    {"sense-of-belonging", "agree", "partly", "disagree"},
    {"distress", "never", "sometimes", "often"},
    {"safety-and-discrimination", "agree", "partly", "disagree"},
    {"wish-to-migrate", "no", "maybe", "yes"},
  };

  /** Which household's business closed before its last visit (its index by case number). */
  static final int CLOSED_BUSINESS = 3;

  private final LocalDate today;

  public MonitoringStory(Clock clock) {
    this.today = LocalDate.now(clock);
  }

  /** The households of the earlier charter, by case number, once reintegration follows them. */
  public List<Case> followed(Cases cases) {
    LocalDate charter = today.plusDays(FlightStory.EARLIER_DAYS);
    List<Case> earlier = new ArrayList<>();
    for (CaseSummary s :
        cases
            .search(
                new CaseSearch(
                    Set.of(CaseStatus.IN_REINTEGRATION),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    CaseSearch.SortOrder.CASE_NUMBER,
                    0,
                    CaseSearch.MAX_SIZE),
                ReintegrationStory.OFFICER)
            .items()) {
      if ("CMR".equals(s.destinationCountry())) {
        Case c = cases.get(s.id(), ReintegrationStory.OFFICER);
        if (c.registrationDate() != null && c.registrationDate().isBefore(charter)) {
          earlier.add(c);
        }
      }
    }
    earlier.sort(Comparator.comparing(Case::caseNumber));
    return earlier;
  }

  /** Whether monitoring has opened the follow-up of each of {@code households} yet. */
  public boolean opened(Reintegration reintegration, List<Case> households) {
    try {
      for (Case c : households) {
        if (reintegration.visitsOf(c.id(), ReintegrationStory.OFFICER).isEmpty()) {
          return false;
        }
      }
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  /** Records the visits of {@code households}; how many cases were closed after the last one. */
  public int load(Reintegration reintegration, List<Case> households) {
    LocalDate arrived = today.plusDays(FlightStory.EARLIER_DAYS);
    int closed = 0;
    for (int h = 0; h < households.size(); h++) {
      Case c = households.get(h);
      List<Long> visits = reintegration.visitsOf(c.id(), ReintegrationStory.OFFICER);
      int[] months = {3, 6, 12};
      for (int n = 0; n < visits.size() && n < months.length; n++) {
        boolean shut = h == CLOSED_BUSINESS && n == 2;
        // getting on: worse at first, better at each visit; the closed business worse again
        int level = shut ? 2 : 2 - n;
        LocalDate done = arrived.plusMonths(months[n]).plusDays(3 + h);
        if (done.isAfter(today)) {
          break;
        }
        if (reintegration.recordVisit(
            visits.get(n),
            n == 1 ? "PHONE" : "IN_PERSON",
            shut ? "BUSINESS_CLOSED" : "BUSINESS_OPERATING",
            done,
            notes(h, n, shut),
            answers(h, n, level),
            ReintegrationStory.OFFICER)) {
          closed++;
        }
      }
    }
    return closed;
  }

  /** The survey's answers at one visit: {@code level} 0 (best) to 2, varied per indicator. */
  static Map<String, String> answers(int household, int visit, int level) {
    Map<String, String> answers = new LinkedHashMap<>();
    for (int k = 0; k < INDICATORS.length; k++) {
      String[] row = INDICATORS[k];
      int choices = row.length - 1;
      int bump = (k + household + visit) % 3 == 0 ? 1 : 0;
      int index = Math.min(choices - 1, Math.round(level * (choices - 1) / 2f) + bump);
      answers.put(row[0], row[1 + index]);
    }
    if (household == 0 && visit == 0) {
      // too soon to say whether anyone would lend to her
      answers.put("ability-to-borrow", "dont-know");
    }
    return answers;
  }

  private static String notes(int household, int visit, boolean shut) {
    if (shut) {
      return "The stand closed in the rainy season: too few customers at the crossroads. Looking"
          + " for work as a cook.";
    }
    return switch (visit) {
      case 0 -> "Settling in; the business has started, customers are few yet.";
      case 1 -> "By phone: the business runs, more regular customers.";
      default ->
          household == 0
              ? "Sews school uniforms for two schools; thinks of taking an apprentice."
              : "The business runs and keeps the household.";
    };
  }
}
