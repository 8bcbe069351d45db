package org.homeward.reintegration.partners;

import java.time.Instant;
import java.time.LocalDate;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;

/**
 * A returnee sent to a partner for a service, and where it stands.
 *
 * @param changedOn the day of its latest step
 * @param outcome what the latest step said (why it was declined, how it ended)
 */
public record Referral(
    long id,
    CaseId caseId,
    String caseNumber,
    PersonId personId,
    long partnerId,
    String partnerName,
    String service,
    ReferralStatus status,
    LocalDate referredOn,
    LocalDate changedOn,
    String note,
    String outcome,
    long version,
    Instant updatedAt,
    String updatedBy) {}
