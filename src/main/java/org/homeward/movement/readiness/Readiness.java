package org.homeward.movement.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.homeward.funding.Beneficiary;
import org.homeward.funding.Ledger;
import org.homeward.movement.documents.TravelDocument;
import org.homeward.movement.fitness.FitnessCheck;
import org.homeward.movement.internal.FitnessCheckRows;
import org.homeward.movement.internal.TravelDocumentRows;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.springframework.stereotype.Component;

/**
 * Gathers what {@link ReadinessRules} weigh for the members of a household: their travel documents,
 * their fitness checks (without the medical details) and who the case's funding covers.
 */
@Component
public class Readiness {

  private final TravelDocumentRows documents;
  private final FitnessCheckRows checks;
  private final Ledger ledger;

  Readiness(TravelDocumentRows documents, FitnessCheckRows checks, Ledger ledger) {
    this.documents = documents;
    this.checks = checks;
    this.ledger = ledger;
  }

  /**
   * Each member on {@code day}, in the order given.
   *
   * @param funded whether to ask that the case's funding covers every member: not for a case sent
   *     back to departure after a no-show, whose costs are reserved anew for all its members
   */
  public List<MemberReadiness> of(
      CaseId caseId, List<ReadinessRules.Member> members, boolean funded, LocalDate day) {
    List<PersonId> ids = members.stream().map(ReadinessRules.Member::personId).toList();
    return of(
        members,
        documents.ofPeople(ids),
        checks.ofPeople(ids, false),
        funded ? coverage(caseId) : null,
        day);
  }

  /** As {@link #of(CaseId, List, boolean, LocalDate)}, with the records already read. */
  public static List<MemberReadiness> of(
      List<ReadinessRules.Member> members,
      List<TravelDocument> documents,
      List<FitnessCheck> checks,
      ReadinessRules.Coverage coverage,
      LocalDate day) {
    Map<PersonId, List<TravelDocument>> byPerson =
        documents.stream().collect(Collectors.groupingBy(TravelDocument::personId));
    Map<PersonId, List<FitnessCheck>> checksOf = new LinkedHashMap<>();
    for (FitnessCheck c : checks) {
      checksOf.computeIfAbsent(c.personId(), p -> new ArrayList<>()).add(c);
    }
    return members.stream()
        .map(m ->
            ReadinessRules.of(
                m,
                byPerson.getOrDefault(m.personId(), List.of()),
                checksOf.getOrDefault(m.personId(), List.of()),
                coverage,
                day))
        .toList();
  }

  /** Who the project paying for the case covers; null when none pays for it. */
  public ReadinessRules.Coverage coverage(CaseId caseId) {
    return ledger
        .costsOf(caseId)
        .map(c ->
            new ReadinessRules.Coverage(
                c.projectCode(),
                c.commitment().beneficiaries().stream()
                    .map(Beneficiary::personId)
                    .collect(Collectors.toSet())))
        .orElse(null);
  }
}
