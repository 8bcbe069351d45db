package org.homeward.reintegration.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.PlanId;
import org.homeward.reintegration.PlanStatus;
import org.homeward.reintegration.PlanType;
import org.homeward.shared.ConflictException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The rules a plan carries: its cap, who approves it, and how its money is shared by its cases. */
class PlanTest {

  static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  static final LocalDate TODAY = LocalDate.parse("2026-11-20");
  static final CaseId ONE = new CaseId(UUID.randomUUID());
  static final CaseId TWO = new CaseId(UUID.randomUUID());

  @Test
  void withinTheCapASubmittedPlanIsApprovedByItsSubmitter() {
    Plan plan = draft("800.00", member(ONE, "800.00")).submitted("reintegration.cmr", NOW, TODAY);

    assertThat(plan.status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(plan.approvedBy()).isEqualTo("reintegration.cmr");
    assertThat(plan.approvedOn()).isEqualTo(TODAY);
  }

  @Test
  void aCentAboveTheCapWaitsForASecondPersonAndNeverItsSubmitter() {
    Plan waiting =
        draft("800.01", member(ONE, "800.00")).submitted("reintegration.cmr", NOW, TODAY);

    assertThat(waiting.status()).isEqualTo(PlanStatus.AWAITING_APPROVAL);
    assertThat(waiting.overCap()).isEqualTo(usd("0.01"));
    assertThat(waiting.refusalToApprove(actor("reintegration.cmr")))
        .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("four-eyes"));
    assertThatThrownBy(() -> waiting.approved(actor("reintegration.cmr"), NOW, TODAY))
        .isInstanceOf(ConflictException.class);

    Plan approved = waiting.approved(actor("chief.cmr"), NOW, TODAY);
    assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
    assertThat(approved.approvedBy()).isEqualTo("chief.cmr");
    assertThat(approved.refusalToBuy()).isEmpty();
  }

  @Test
  void onlyADraftChangesOrIsSubmittedAndOnlyAnApprovedPlanBuys() {
    Plan draft = draft("100.00", member(ONE, "800.00"));
    assertThat(draft.refusalToChange()).isEmpty();
    assertThat(draft.refusalToBuy())
        .hasValueSatisfying(e -> assertThat(e.code()).isEqualTo("plan-status"));
    Plan approved = draft.submitted("reintegration.cmr", NOW, TODAY);
    assertThat(approved.refusalToChange())
        .hasValueSatisfying(e -> assertThat(e.details()).containsEntry("status", "APPROVED"));
    assertThatThrownBy(() -> approved.submitted("reintegration.cmr", NOW, TODAY))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aPurchaseIsSplitBetweenTheCasesByTheirMembersCapsToTheCent() {
    Plan collective =
        draft("1500.00", member(ONE, "800.00"), member(ONE, "400.00"), member(TWO, "300.00"));

    // caps 1200 and 300 of 1500: four fifths and one fifth
    var parts = collective.split(usd("100.03"));
    assertThat(parts.keySet()).containsExactly(ONE, TWO);
    assertThat(parts.get(ONE)).isEqualTo(usd("80.02"));
    assertThat(parts.get(TWO)).isEqualTo(usd("20.01"));
    assertThat(parts.get(ONE).add(parts.get(TWO))).isEqualTo(usd("100.03"));
    assertThat(collective.cases()).containsExactly(ONE, TWO);
  }

  private static Plan.Member member(CaseId c, String cap) {
    return new Plan.Member(new PersonId(UUID.randomUUID()), c, "MAR-2026-000001", "P", usd(cap));
  }

  private static Plan draft(String total, Plan.Member... members) {
    MonetaryAmount cap =
        List.of(members).stream().map(Plan.Member::cap).reduce(usd("0"), MonetaryAmount::add);
    return new Plan(
        new PlanId(1),
        ONE,
        "MAR-2026-000001",
        "CMR",
        members.length > 1 ? PlanType.COLLECTIVE : PlanType.MICROBUSINESS,
        members.length > 1 ? Plan.Scope.COLLECTIVE : Plan.Scope.PERSON,
        PlanStatus.DRAFT,
        "Tailoring",
        TODAY,
        TODAY,
        Monetary.getCurrency("USD"),
        cap,
        usd(total),
        List.of(members),
        List.of(new Plan.Item("Sewing machine", usd(total), usd(total))),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        1,
        NOW,
        "reintegration.cmr",
        NOW,
        "reintegration.cmr");
  }

  private static Actor actor(String username) {
    return new Actor(username, "CMR", Set.of(Role.CHIEF_OF_MISSION, Role.REINTEGRATION_OFFICER));
  }

  private static MonetaryAmount usd(String amount) {
    return Money.of(new java.math.BigDecimal(amount), "USD");
  }
}
