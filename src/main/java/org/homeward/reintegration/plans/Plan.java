package org.homeward.reintegration.plans;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.PlanId;
import org.homeward.reintegration.PlanStatus;
import org.homeward.reintegration.PlanSummary;
import org.homeward.reintegration.PlanType;
import org.homeward.reintegration.approvals.FourEyes;
import org.homeward.reintegration.internal.Amounts;
import org.homeward.shared.ConflictException;
import org.homeward.shared.web.ProblemCode;
import org.javamoney.moneta.Money;

/**
 * A reintegration plan agreed with a returnee (or a household, or several returnees pooling their
 * grants), with the rules of its life: changed while a draft; submitted, approved at once within
 * its cap or sent to a second person above it; approved only by someone other than who submitted
 * it; purchases only once approved.
 *
 * <p>Its budget is in the currency of the project paying for its beneficiaries: {@code cap} is the
 * sum of their caps, {@code total} the sum of its items (and a training's course fees), each
 * converted at funding's rate of {@code pricedOn}.
 *
 * @param caseId the case it was made from (a collective project's first member's)
 * @param missionCode the mission of return, whose officers work it and whose chief approves it
 * @param agreedOn the day the returnee agreed to it; needed to submit it
 */
public record Plan(
    PlanId id,
    CaseId caseId,
    String caseNumber,
    String missionCode,
    PlanType type,
    Scope scope,
    PlanStatus status,
    String title,
    LocalDate agreedOn,
    LocalDate pricedOn,
    CurrencyUnit currency,
    MonetaryAmount cap,
    MonetaryAmount total,
    List<Member> members,
    List<Item> items,
    Business business,
    Training training,
    String description,
    String requestedBy,
    Instant requestedAt,
    String approvedBy,
    Instant approvedAt,
    LocalDate approvedOn,
    Instant closedAt,
    String closeReason,
    long version,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    String updatedBy) {

  /** Whom a plan is for. */
  public enum Scope {
    /** One returnee. */
    PERSON,
    /** Every member of one household. */
    HOUSEHOLD,
    /** Several returnees, of one household or more, pooling their grants. */
    COLLECTIVE
  }

  /** A returnee the plan is for, with the cap the project paying for their case gives them. */
  public record Member(
      PersonId personId, CaseId caseId, String caseNumber, String projectCode, MonetaryAmount cap) {
    public Member {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(caseId, "caseId");
      Objects.requireNonNull(cap, "cap");
    }
  }

  /** A line of the budget, in its own currency and converted to the plan's on pricedOn. */
  public record Item(String description, MonetaryAmount amount, MonetaryAmount converted) {}

  /** A microbusiness: what, where, and what it is expected to earn each month. */
  public record Business(
      String sector,
      String activity,
      String location,
      MonetaryAmount expectedMonthlyIncome,
      String businessPlan) {}

  /** A vocational training: where, what, how long, and its course fees. */
  public record Training(
      Long providerPartnerId,
      String provider,
      String course,
      Integer durationWeeks,
      MonetaryAmount cost,
      MonetaryAmount costConverted) {}

  public Plan {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(currency, "currency");
    members = List.copyOf(members);
    items = List.copyOf(items);
  }

  /** The budget passes the cap: a second person approves the plan. */
  public boolean aboveCap() {
    return total.isGreaterThan(cap);
  }

  /** By how much the budget passes the cap (zero when within it). */
  public MonetaryAmount overCap() {
    return aboveCap() ? total.subtract(cap) : Money.of(BigDecimal.ZERO, currency);
  }

  /** Every case with a beneficiary in the plan, in the order of its members. */
  public List<CaseId> cases() {
    List<CaseId> cases = new ArrayList<>();
    members.forEach(m -> {
      if (!cases.contains(m.caseId())) {
        cases.add(m.caseId());
      }
    });
    return cases;
  }

  public List<PersonId> beneficiaries() {
    return members.stream().map(Member::personId).toList();
  }

  /**
   * Each case's part of the plan's money, by the caps of its members: every case keeps its own
   * budget line, so a purchase is spent on each case in these parts. Equal parts when no member has
   * a cap.
   */
  public Map<CaseId, BigDecimal> shares() {
    Map<CaseId, BigDecimal> caps = new LinkedHashMap<>();
    for (Member m : members) {
      caps.merge(m.caseId(), Amounts.decimal(m.cap()), BigDecimal::add);
    }
    BigDecimal sum = caps.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<CaseId, BigDecimal> shares = new LinkedHashMap<>();
    caps.forEach((c, cap) ->
        shares.put(
            c,
            sum.signum() == 0
                ? BigDecimal.ONE.divide(BigDecimal.valueOf(caps.size()), MathContext.DECIMAL64)
                : cap.divide(sum, MathContext.DECIMAL64)));
    return shares;
  }

  /**
   * {@code amount} split between the plan's cases by their shares, to the cent; the last case takes
   * what rounding leaves, so that the parts add up to the amount exactly.
   */
  public Map<CaseId, MonetaryAmount> split(MonetaryAmount amount) {
    Map<CaseId, BigDecimal> shares = shares();
    Map<CaseId, MonetaryAmount> parts = new LinkedHashMap<>();
    BigDecimal whole = Amounts.decimal(amount);
    BigDecimal left = whole;
    int i = 0;
    for (Map.Entry<CaseId, BigDecimal> e : shares.entrySet()) {
      BigDecimal part =
          ++i == shares.size()
              ? left
              : whole.multiply(e.getValue()).setScale(2, RoundingMode.HALF_EVEN);
      left = left.subtract(part);
      parts.put(e.getKey(), Money.of(part, amount.getCurrency()));
    }
    return parts;
  }

  public boolean isDraft() {
    return status == PlanStatus.DRAFT;
  }

  /** Why the plan cannot be changed or submitted now; empty while it is a draft. */
  public Optional<ConflictException> refusalToChange() {
    return isDraft() ? Optional.empty() : Optional.of(wrongStatus(PlanStatus.DRAFT));
  }

  /**
   * The plan submitted by {@code by}: approved by them at once when within its cap, else waiting
   * for a second person's approval.
   */
  public Plan submitted(String by, Instant at, LocalDate today) {
    refusalToChange()
        .ifPresent(e -> {
          throw e;
        });
    boolean second = aboveCap();
    return new Plan(
        id,
        caseId,
        caseNumber,
        missionCode,
        type,
        scope,
        second ? PlanStatus.AWAITING_APPROVAL : PlanStatus.APPROVED,
        title,
        agreedOn,
        pricedOn,
        currency,
        cap,
        total,
        members,
        items,
        business,
        training,
        description,
        by,
        at,
        second ? null : by,
        second ? null : at,
        second ? null : today,
        closedAt,
        closeReason,
        version + 1,
        createdAt,
        createdBy,
        at,
        by);
  }

  /** Why {@code approver} may not approve the plan now; empty when they may. */
  public Optional<ConflictException> refusalToApprove(Actor approver) {
    if (status != PlanStatus.AWAITING_APPROVAL) {
      return Optional.of(wrongStatus(PlanStatus.AWAITING_APPROVAL));
    }
    return FourEyes.refusal(requestedBy, approver)
        .map(reason ->
            new ConflictException(
                ProblemCode.FOUR_EYES, reason, Map.of("requestedBy", requestedBy)));
  }

  /** The plan approved by the second person. */
  public Plan approved(Actor approver, Instant at, LocalDate today) {
    refusalToApprove(approver)
        .ifPresent(e -> {
          throw e;
        });
    return withStatus(PlanStatus.APPROVED, approver.username(), at, today, null, null, at)
        .by(approver.username());
  }

  /** The plan back to draft: the second person did not approve it. */
  public Plan rejected(String by, Instant at) {
    if (status != PlanStatus.AWAITING_APPROVAL) {
      throw wrongStatus(PlanStatus.AWAITING_APPROVAL);
    }
    return new Plan(
        id,
        caseId,
        caseNumber,
        missionCode,
        type,
        scope,
        PlanStatus.DRAFT,
        title,
        agreedOn,
        pricedOn,
        currency,
        cap,
        total,
        members,
        items,
        business,
        training,
        description,
        null,
        null,
        null,
        null,
        null,
        closedAt,
        closeReason,
        version + 1,
        createdAt,
        createdBy,
        at,
        by);
  }

  /** The plan cancelled, with the reason: its beneficiaries are free for another. */
  public Plan cancelled(String reason, String by, Instant at) {
    if (status == PlanStatus.CANCELLED || status == PlanStatus.COMPLETED) {
      throw wrongStatus(PlanStatus.APPROVED);
    }
    return withStatus(PlanStatus.CANCELLED, approvedBy, approvedAt, approvedOn, at, reason, at)
        .by(by);
  }

  /** The plan completed: everything it planned is bought and handed over. */
  public Plan completed(String by, Instant at) {
    if (status != PlanStatus.APPROVED) {
      throw wrongStatus(PlanStatus.APPROVED);
    }
    return withStatus(PlanStatus.COMPLETED, approvedBy, approvedAt, approvedOn, at, null, at)
        .by(by);
  }

  /** Refuses a purchase for a plan that is not approved. */
  public Optional<ConflictException> refusalToBuy() {
    return status == PlanStatus.APPROVED
        ? Optional.empty()
        : Optional.of(wrongStatus(PlanStatus.APPROVED));
  }

  public PlanSummary summary() {
    return new PlanSummary(
        id, caseId, type, status, title, cases(), beneficiaries(), total, approvedOn);
  }

  private Plan withStatus(
      PlanStatus to,
      String approver,
      Instant approvedAt,
      LocalDate approvedOn,
      Instant closedAt,
      String closeReason,
      Instant at) {
    return new Plan(
        id,
        caseId,
        caseNumber,
        missionCode,
        type,
        scope,
        to,
        title,
        agreedOn,
        pricedOn,
        currency,
        cap,
        total,
        members,
        items,
        business,
        training,
        description,
        requestedBy,
        requestedAt,
        approver,
        approvedAt,
        approvedOn,
        closedAt,
        closeReason,
        version + 1,
        createdAt,
        createdBy,
        at,
        updatedBy);
  }

  private Plan by(String who) {
    return new Plan(
        id,
        caseId,
        caseNumber,
        missionCode,
        type,
        scope,
        status,
        title,
        agreedOn,
        pricedOn,
        currency,
        cap,
        total,
        members,
        items,
        business,
        training,
        description,
        requestedBy,
        requestedAt,
        approvedBy,
        approvedAt,
        approvedOn,
        closedAt,
        closeReason,
        version,
        createdAt,
        createdBy,
        updatedAt,
        who);
  }

  private ConflictException wrongStatus(PlanStatus needed) {
    return new ConflictException(
        ProblemCode.PLAN_STATUS,
        "plan " + id + " is " + status + "; this step needs it " + needed,
        Map.of("status", status.name(), "needed", needed.name()));
  }
}
