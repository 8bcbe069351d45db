package org.homeward.funding.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.money.MonetaryAmount;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.CommitmentStatus;
import org.homeward.funding.Eligibility;
import org.homeward.funding.Project;
import org.homeward.funding.UnitCosts;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.CaseStatusChanged;
import org.homeward.registry.PersonId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case that will not travel gives its reservation back: the listener on the registry's {@code
 * CaseStatusChanged} releases the commitment of a case that withdrew, was found ineligible or did
 * not show, dated the day of the step.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class ReleaseOnExitTest {

  static final Actor FINANCE = new Actor("finance.mar", "MAR", Set.of(Role.FINANCE_OFFICER));

  @Autowired Projects projects;
  @Autowired Commitments commitments;
  @Autowired TransactionTemplate transactions;

  @ParameterizedTest
  @EnumSource(
      value = CaseStatus.class,
      names = {"WITHDRAWN", "INELIGIBLE", "NO_SHOW"})
  void aCaseThatWillNotTravelReleasesItsCommitment(CaseStatus to, Scenario scenario) {
    CaseId caseId = new CaseId(UUID.randomUUID());
    Project project = project();
    // as the guard does, in the transaction of a step
    transactions.executeWithoutResult(step -> reserve(caseId, project, to));

    scenario
        .publish(
            new CaseStatusChanged(
                caseId,
                "MAR",
                CaseStatus.COUNSELLED,
                to,
                "decided to stay",
                "caseworker.mar",
                Instant.now()))
        .andWaitForStateChange(
            () -> commitments.ofCase(caseId).getFirst().status(),
            status -> status == CommitmentStatus.RELEASED)
        .andVerify(status -> {
          var released = commitments.ofCase(caseId).getFirst();
          assertThat(released.releasedOn()).isEqualTo(LocalDate.now());
          assertThat(released.releaseReason()).contains(to.name(), "decided to stay");
          assertThat(released.outstanding().isZero()).isTrue();
        });
  }

  private void reserve(CaseId caseId, Project project, CaseStatus to) {
    commitments.reserve(
        new Commitments.Reservation(
            caseId,
            "MAR-TEST-" + to,
            "MAR",
            project,
            ExpectedCost.of(
                new Household(
                    List.of(
                        new Household.Member(
                            new PersonId(UUID.randomUUID()), false, false, Set.of()))),
                project.unitCosts()),
            LocalDate.now(),
            null,
            null),
        FINANCE);
  }

  private Project project() {
    MonetaryAmount hundred = usd("100.00");
    return projects.create(
        new Project(
            null,
            "T-RELEASE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
            "Release test",
            "MAR",
            hundred.getCurrency(),
            LocalDate.now().minusDays(1),
            LocalDate.now().plusDays(1),
            List.of(),
            Map.of(BudgetLine.MOVEMENT, usd("1000.00"), BudgetLine.REINTEGRATION, usd("1000.00")),
            new UnitCosts(hundred, hundred, hundred, hundred, hundred),
            new Eligibility(Set.of("MAR"), Set.of("MRT"), Set.of()),
            0,
            0),
        FINANCE);
  }

  private static MonetaryAmount usd(String amount) {
    return Money.of(new BigDecimal(amount), "USD");
  }
}
