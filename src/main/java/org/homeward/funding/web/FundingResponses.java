package org.homeward.funding.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.homeward.funding.AppealPosition;
import org.homeward.funding.AppealStatus;
import org.homeward.funding.BeneficiaryCategory;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.Commitment;
import org.homeward.funding.CommitmentStatus;
import org.homeward.funding.Expenditure;
import org.homeward.funding.ExpenditureSource;
import org.homeward.funding.ProjectPosition;
import org.homeward.funding.WaitingCase;
import org.homeward.funding.WeekFigures;
import org.homeward.funding.engine.FundingPosition;
import org.homeward.registry.PriorityLevel;

/** The module's answers that several controllers give. Amounts are decimal strings. */
final class FundingResponses {

  private FundingResponses() {}

  static Map<String, String> lines(Map<BudgetLine, MonetaryAmount> amounts) {
    Map<String, String> lines = new LinkedHashMap<>();
    for (BudgetLine line : BudgetLine.values()) {
      if (amounts.containsKey(line)) {
        lines.put(line.name(), Json.amount(amounts.get(line)));
      }
    }
    return lines;
  }

  /** A case's commitment on a project, in the project's currency. */
  record CommitmentResponse(
      long id,
      String caseId,
      String caseNumber,
      String missionCode,
      long projectId,
      String projectCode,
      String currency,
      CommitmentStatus status,
      LocalDate reservedOn,
      Instant reservedAt,
      String reservedBy,
      String total,
      String outstanding,
      Map<String, String> reserved,
      Map<String, String> remaining,
      List<BeneficiaryResponse> beneficiaries,
      String overrideJustification,
      String shortfall,
      LocalDate releasedOn,
      String releaseReason) {

    record BeneficiaryResponse(String personId, BeneficiaryCategory category, String cap) {}

    static CommitmentResponse of(Commitment c) {
      return new CommitmentResponse(
          c.id().value(),
          c.caseId().toString(),
          c.caseNumber(),
          c.missionCode(),
          c.projectId().value(),
          c.projectCode(),
          c.currency().getCurrencyCode(),
          c.status(),
          c.reservedOn(),
          c.reservedAt(),
          c.reservedBy(),
          Json.amount(c.total()),
          Json.amount(c.outstanding()),
          lines(c.reserved()),
          lines(c.remaining()),
          c.beneficiaries().stream()
              .map(b ->
                  new BeneficiaryResponse(
                      b.personId().toString(), b.category(), Json.amount(b.reintegrationCap())))
              .toList(),
          c.overrideJustification(),
          Json.amount(c.shortfall()),
          c.releasedOn(),
          c.releaseReason());
    }
  }

  /** Money spent, linked to its cause. */
  record ExpenditureResponse(
      long id,
      long projectId,
      String caseId,
      Long commitmentId,
      BudgetLine line,
      String amount,
      String currency,
      LocalDate spentOn,
      String inProjectCurrency,
      String projectCurrency,
      String consumed,
      ExpenditureSource.Type sourceType,
      String sourceId,
      String description,
      Instant recordedAt,
      String recordedBy) {

    static ExpenditureResponse of(Expenditure e) {
      return new ExpenditureResponse(
          e.id().value(),
          e.projectId().value(),
          e.caseId() == null ? null : e.caseId().toString(),
          e.commitmentId() == null ? null : e.commitmentId().value(),
          e.line(),
          Json.amount(e.amount()),
          Json.currency(e.amount()),
          e.spentOn(),
          Json.amount(e.inProjectCurrency()),
          Json.currency(e.inProjectCurrency()),
          Json.amount(e.consumed()),
          e.source().type(),
          e.source().id(),
          e.description(),
          e.recordedAt(),
          e.recordedBy());
    }
  }

  /** The position engine's figures, as the funds command prints them. */
  record MoneyResponse(
      LocalDate asOf,
      String currency,
      String pledged,
      String received,
      String spent,
      String committed,
      String available,
      String burnRatePerWeek,
      LocalDate exhaustionDate) {

    static MoneyResponse of(FundingPosition p) {
      return new MoneyResponse(
          p.asOf(),
          p.currency().getCurrencyCode(),
          Json.amount(p.pledged()),
          Json.amount(p.received()),
          Json.amount(p.spent()),
          Json.amount(p.committed()),
          Json.amount(p.available()),
          Json.amount(p.burnRatePerWeek()),
          p.exhaustionDate());
    }
  }

  /** A project's position: money, budget lines, and the people it serves and can still serve. */
  record ProjectPositionResponse(
      long projectId,
      String code,
      String title,
      String missionCode,
      MoneyResponse money,
      String budget,
      List<LineResponse> lines,
      int casesCommitted,
      int peopleCommitted,
      int peopleAssistedBefore,
      String averageCostPerCase,
      Integer casesCoverable,
      String averageCostPerPerson,
      Integer peopleCoverable) {

    record LineResponse(
        BudgetLine line, String budget, String spent, String committed, String remaining) {}

    static ProjectPositionResponse of(ProjectPosition p) {
      return new ProjectPositionResponse(
          p.projectId().value(),
          p.code(),
          p.title(),
          p.missionCode(),
          MoneyResponse.of(p.money()),
          Json.amount(p.budget()),
          p.lines().stream()
              .map(l ->
                  new LineResponse(
                      l.line(),
                      Json.amount(l.budget()),
                      Json.amount(l.spent()),
                      Json.amount(l.committed()),
                      Json.amount(l.remaining())))
              .toList(),
          p.casesCommitted(),
          p.peopleCommitted(),
          p.peopleAssistedBefore(),
          Json.amount(p.averageCostPerCase()),
          p.casesCoverable(),
          Json.amount(p.averageCostPerPerson()),
          p.peopleCoverable());
    }
  }

  record WeekResponse(LocalDate weekEnding, String spent, String committed, String available) {
    static WeekResponse of(WeekFigures w) {
      return new WeekResponse(
          w.weekEnding(),
          Json.amount(w.spent()),
          Json.amount(w.committed()),
          Json.amount(w.available()));
    }
  }

  record AppealPositionResponse(
      long appealId,
      String title,
      String missionCode,
      AppealStatus status,
      LocalDate launchedOn,
      LocalDate asOf,
      String currency,
      String target,
      int targetPeople,
      String pledged,
      String received,
      String gap,
      BigDecimal pledgedShare,
      BigDecimal receivedShare,
      List<DonorShareResponse> donors) {

    record DonorShareResponse(long donorId, String name, String pledged, String received) {}

    static AppealPositionResponse of(AppealPosition p) {
      return new AppealPositionResponse(
          p.appealId().value(),
          p.title(),
          p.missionCode(),
          p.status(),
          p.launchedOn(),
          p.asOf(),
          Json.currency(p.target()),
          Json.amount(p.target()),
          p.targetPeople(),
          Json.amount(p.pledged()),
          Json.amount(p.received()),
          Json.amount(p.gap()),
          p.pledgedShare(),
          p.receivedShare(),
          p.donors().stream()
              .map(d ->
                  new DonorShareResponse(
                      d.donorId().value(),
                      d.name(),
                      Json.amount(d.pledged()),
                      Json.amount(d.received())))
              .toList());
    }
  }

  record WaitingCaseResponse(
      String caseId,
      String caseNumber,
      String missionCode,
      String destinationCountry,
      int priorityScore,
      PriorityLevel priorityLevel,
      int people,
      String reason,
      Instant firstRefusedAt,
      Instant lastRefusedAt,
      int refusals,
      boolean coverable,
      Long coverableByProjectId,
      String coverableByProjectCode,
      String expectedCost,
      String currency) {

    static WaitingCaseResponse of(WaitingCase w) {
      WaitingCase.Coverage c = w.coverableBy();
      return new WaitingCaseResponse(
          w.caseId().toString(),
          w.caseNumber(),
          w.missionCode(),
          w.destinationCountry(),
          w.priorityScore(),
          w.priorityLevel(),
          w.people(),
          w.reason(),
          w.firstRefusedAt(),
          w.lastRefusedAt(),
          w.refusals(),
          c != null,
          c == null ? null : c.projectId().value(),
          c == null ? null : c.projectCode(),
          c == null ? null : Json.amount(c.expectedCost()),
          c == null ? null : Json.currency(c.expectedCost()));
    }
  }
}
