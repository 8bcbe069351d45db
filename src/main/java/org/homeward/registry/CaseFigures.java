package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.homeward.organisation.Holding;

/**
 * What a case counts for in aggregate figures, with no name, number or exact date of birth: where
 * it is held, where it goes, its members' sex, date of birth, nationality and vulnerabilities, and
 * the first day it reached each status. For read models that count cases (the dashboards); the
 * caller decides who may see which counts.
 */
public interface CaseFigures {

  /** One member as the figures count them: merged duplicates are left out. */
  record Member(
      Sex sex, LocalDate dateOfBirth, String nationality, Set<Vulnerability> vulnerabilities) {
    public Member {
      vulnerabilities = Set.copyOf(vulnerabilities);
    }
  }

  /**
   * A case as the figures count it.
   *
   * @param reached the first day (UTC) the case entered each status it has been in; REGISTERED on
   *     its registration day
   */
  record CaseFacts(
      CaseId caseId,
      Holding holding,
      CaseStatus status,
      LocalDate registrationDate,
      List<Member> members,
      Map<CaseStatus, LocalDate> reached) {
    public CaseFacts {
      members = List.copyOf(members);
      reached = Map.copyOf(reached);
    }
  }

  /**
   * A member of a case as the public statistics count a return: the case's mission, status and the
   * moment that status was entered, the member's sex, date of birth and nationality. Merged
   * duplicates are left out.
   */
  record Traveller(
      PersonId personId,
      CaseId caseId,
      String missionCode,
      CaseStatus status,
      Instant statusChangedAt,
      Sex sex,
      LocalDate dateOfBirth,
      String nationality) {}

  /** The case's facts; empty for an unknown case. */
  Optional<CaseFacts> factsOf(CaseId id);

  /**
   * Every case, in the order of their ids, a page at a time: memory stays bounded whatever the
   * number of cases.
   */
  void forEachCase(Consumer<CaseFacts> sink);

  /**
   * The members of every case now in one of {@code statuses}, handed over a page of cases at a time
   * (each page holds whole households), in the order of the cases' ids: memory stays bounded
   * whatever the number of cases.
   */
  void forEachTravellerIn(Set<CaseStatus> statuses, Consumer<List<Traveller>> page);

  /** How many cases there are. */
  long count();
}
