package org.homeward.reintegration.assessment;

import java.time.Instant;
import java.time.LocalDate;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;

/**
 * A returnee's assessment before their plan: what they can do and wish to do, their family
 * situation (whom they support, how the family receives them), and whether a vulnerability needs
 * following up, and how (a referral, a visit). Medical and protection details are not written here:
 * they stay in the registry, for those with a need to know.
 *
 * @param dependants how many people depend on them
 */
public record Assessment(
    PersonId personId,
    CaseId caseId,
    LocalDate assessedOn,
    String skills,
    String education,
    String wishes,
    MaritalStatus maritalStatus,
    Integer dependants,
    String familySituation,
    boolean followUpNeeded,
    String followUp,
    long version,
    String assessedBy,
    Instant updatedAt) {}
