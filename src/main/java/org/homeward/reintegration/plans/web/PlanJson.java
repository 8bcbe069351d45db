package org.homeward.reintegration.plans.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.reintegration.ReintegrationDetails.ItemDetails;
import org.homeward.reintegration.ReintegrationDetails.PlanDetails;
import org.homeward.reintegration.approvals.Approval;
import org.homeward.reintegration.plans.Plan;
import org.homeward.reintegration.web.ApprovalResponse;
import org.homeward.reintegration.web.Json;

/** A plan's bodies in the API: never a stored row. */
final class PlanJson {

  private PlanJson() {}

  record ItemRequest(String description, String amount, String currency) {}

  /** A plan as drafted; the fields of other types than its own are left out. */
  record PlanRequest(
      String type,
      List<String> beneficiaries,
      String title,
      String agreedOn,
      String pricedOn,
      String sector,
      String activity,
      String location,
      String expectedMonthlyIncome,
      String expectedIncomeCurrency,
      String businessPlan,
      String providerPartnerId,
      String provider,
      String course,
      String durationWeeks,
      String trainingCost,
      String trainingCostCurrency,
      String description,
      List<ItemRequest> items) {

    PlanDetails details() {
      return new PlanDetails(
          type,
          beneficiaries,
          title,
          agreedOn,
          pricedOn,
          sector,
          activity,
          location,
          expectedMonthlyIncome,
          expectedIncomeCurrency,
          businessPlan,
          providerPartnerId,
          provider,
          course,
          durationWeeks,
          trainingCost,
          trainingCostCurrency,
          description,
          items == null
              ? List.of()
              : items.stream()
                  .map(i ->
                      i == null ? null : new ItemDetails(i.description(), i.amount(), i.currency()))
                  .toList());
    }
  }

  record ReasonRequest(String reason) {}

  record MemberResponse(
      UUID personId, UUID caseId, String caseNumber, String projectCode, Json.Money cap) {}

  record ItemResponse(String description, Json.Money amount, Json.Money converted) {}

  record BusinessResponse(
      String sector,
      String activity,
      String location,
      Json.Money expectedMonthlyIncome,
      String businessPlan) {}

  record TrainingResponse(
      Long providerPartnerId,
      String provider,
      String course,
      Integer durationWeeks,
      Json.Money cost,
      Json.Money costConverted) {}

  /**
   * A plan: {@code cap} the sum of its beneficiaries' caps, {@code total} its budget, both in the
   * project's currency; {@code aboveCap} when a second person approves it.
   */
  record PlanResponse(
      long id,
      UUID caseId,
      String caseNumber,
      String missionCode,
      String type,
      String scope,
      String status,
      String title,
      LocalDate agreedOn,
      LocalDate pricedOn,
      String currency,
      Json.Money cap,
      Json.Money total,
      boolean aboveCap,
      Json.Money overCap,
      List<MemberResponse> members,
      List<ItemResponse> items,
      BusinessResponse business,
      TrainingResponse training,
      String description,
      String requestedBy,
      Instant requestedAt,
      String approvedBy,
      LocalDate approvedOn,
      String closeReason,
      long version,
      List<ApprovalResponse> approvals) {

    static PlanResponse of(Plan p, List<Approval> approvals) {
      Plan.Business b = p.business();
      Plan.Training t = p.training();
      return new PlanResponse(
          p.id().value(),
          p.caseId().value(),
          p.caseNumber(),
          p.missionCode(),
          p.type().name(),
          p.scope().name(),
          p.status().name(),
          p.title(),
          p.agreedOn(),
          p.pricedOn(),
          p.currency().getCurrencyCode(),
          Json.Money.of(p.cap()),
          Json.Money.of(p.total()),
          p.aboveCap(),
          Json.Money.of(p.overCap()),
          p.members().stream()
              .map(m ->
                  new MemberResponse(
                      m.personId().value(),
                      m.caseId().value(),
                      m.caseNumber(),
                      m.projectCode(),
                      Json.Money.of(m.cap())))
              .toList(),
          p.items().stream()
              .map(i ->
                  new ItemResponse(
                      i.description(), Json.Money.of(i.amount()), Json.Money.of(i.converted())))
              .toList(),
          b == null
              ? null
              : new BusinessResponse(
                  b.sector(),
                  b.activity(),
                  b.location(),
                  Json.Money.of(b.expectedMonthlyIncome()),
                  b.businessPlan()),
          t == null
              ? null
              : new TrainingResponse(
                  t.providerPartnerId(),
                  t.provider(),
                  t.course(),
                  t.durationWeeks(),
                  Json.Money.of(t.cost()),
                  Json.Money.of(t.costConverted())),
          p.description(),
          p.requestedBy(),
          p.requestedAt(),
          p.approvedBy(),
          p.approvedOn(),
          p.closeReason(),
          p.version(),
          approvals.stream()
              .filter(a -> a.subject() == Approval.Subject.PLAN)
              .map(ApprovalResponse::of)
              .toList());
    }
  }
}
