package org.homeward.registry;

import java.util.List;
import org.homeward.organisation.Actor;

/**
 * Who in the registry may already be a person about to be registered, so that the registration form
 * can show them before the household is saved. Duplicate detection sits above the registry, so it
 * implements this interface; without such a bean the form registers without asking.
 */
public interface DuplicateCheck {

  /**
   * Registered people who may be {@code member}, most likely first, among cases {@code actor} may
   * open; empty when the member's fields are too incomplete or malformed to look for them.
   */
  List<Candidate> candidates(CaseDetails.MemberDetails member, Actor actor);

  /**
   * A registered person who may be the one typed.
   *
   * @param probability the chance both are the same person, 0 to 1
   * @param verdict {@code LIKELY_DUPLICATE} or {@code POSSIBLE_DUPLICATE}
   * @param evidence how each compared field agreed, strongest first as the engine lists them
   */
  record Candidate(
      CaseId caseId,
      String caseNumber,
      PersonIdentity identity,
      double probability,
      String verdict,
      List<Evidence> evidence) {

    public Candidate {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * How one field compared: {@code weight} is positive when it speaks for the same person, negative
   * against, zero when one side lacks it.
   *
   * @param field e.g. {@code family_name}
   * @param level e.g. {@code exact}, {@code variant}, {@code missing}
   */
  record Evidence(String field, String level, double weight) {}
}
