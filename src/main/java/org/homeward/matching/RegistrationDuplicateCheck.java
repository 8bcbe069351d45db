package org.homeward.matching;

import java.util.List;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.DuplicateCheck;
import org.homeward.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Answers the registration form's question through {@link Matching#check}. */
@Component
class RegistrationDuplicateCheck implements DuplicateCheck {

  private final Matching matching;

  RegistrationDuplicateCheck(Matching matching) {
    this.matching = matching;
  }

  @Override
  public List<Candidate> candidates(CaseDetails.MemberDetails member, Actor actor) {
    try {
      return matching.check(member, actor).stream().map(RegistrationDuplicateCheck::of).toList();
    } catch (InvalidInputException e) {
      // the registration itself reports the same mistakes, at their fields
      return List.of();
    }
  }

  private static Candidate of(PossibleDuplicate d) {
    return new Candidate(
        d.caseId(),
        d.caseNumber(),
        d.identity(),
        d.probability(),
        d.verdict().name(),
        d.explanation().fields().stream()
            .map(f -> new Evidence(f.field(), f.level(), f.weight()))
            .toList());
  }
}
