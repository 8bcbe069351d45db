package org.homeward.funding;

import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.homeward.registry.CaseId;

/**
 * A project that may pay for a case could not cover its expected cost: the case was refused (or let
 * through on an override) for want of money on it.
 */
public record FundsLow(
    ProjectId projectId,
    String projectCode,
    String missionCode,
    CaseId caseId,
    MonetaryAmount available,
    MonetaryAmount expectedCost,
    LocalDate on) {}
