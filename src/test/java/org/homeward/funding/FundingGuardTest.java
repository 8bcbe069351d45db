package org.homeward.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.CaseId;
import org.homeward.shared.ConflictException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The funding guard through the API: an eligible case's expected cost is reserved on the project
 * that pays for it, a case no project can cover is refused with the reason and waits for funds, a
 * chief of mission can override with a justification (audited), and a withdrawal gives the money
 * back. A single man costs these projects 300 + 50 on movement and 400 on reintegration: 750.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FundingGuardTest {

  static final Actor MOVEMENT = new Actor("movement.mar", "MAR", Set.of(Role.MOVEMENT_OFFICER));

  @LocalServerPort int port;
  @Autowired Ledger ledger;

  FundingFixture money;
  final String today = LocalDate.now().toString();

  @org.junit.jupiter.api.BeforeEach
  void fixture() {
    money = new FundingFixture(port);
  }

  @Test
  void reservesTheExpectedCostOnTheProjectInTheStepOfEligibility() {
    long donor = money.donor("Guard donor");
    long project = money.project(donor, "BFA", "USD", "300.00", "50.00", "400.00");
    money.contribute(donor, project, "5000.00", "USD", today, today);
    String id = money.counselledSingle("BFA");

    Response eligible = money.makeEligible(money.chief, id);

    assertThat(eligible.status()).as(eligible.text()).isEqualTo(200);
    JsonNode commitments = money.chief.get("/api/v1/funding/cases/" + id + "/commitments").json();
    assertThat(commitments).hasSize(1);
    JsonNode commitment = commitments.get(0);
    assertThat(commitment.get("projectId").asLong()).isEqualTo(project);
    assertThat(commitment.get("status").asString()).isEqualTo("RESERVED");
    assertThat(commitment.get("currency").asString()).isEqualTo("USD");
    assertThat(commitment.get("total").asString()).isEqualTo("750.00");
    assertThat(commitment.get("reserved").get("MOVEMENT").asString()).isEqualTo("350.00");
    assertThat(commitment.get("reserved").get("REINTEGRATION").asString()).isEqualTo("400.00");
    assertThat(commitment.get("beneficiaries").get(0).get("category").asString())
        .isEqualTo("STANDARD");
    assertThat(commitment.get("beneficiaries").get(0).get("cap").asString()).isEqualTo("400.00");
    JsonNode position = money.chief.get("/api/v1/funding/projects/" + project + "/position").json();
    assertThat(position.get("money").get("committed").asString()).isEqualTo("750.00");
    assertThat(position.get("money").get("available").asString()).isEqualTo("4250.00");
    assertThat(position.get("casesCommitted").asInt()).isEqualTo(1);
    assertThat(position.get("casesCoverable").asInt()).isEqualTo(5);
  }

  @Test
  void refusesACaseNoProjectCanCoverNamingTheCaseTheShortfallAndTheProjectsConsidered() {
    long donor = money.donor("Short donor");
    long project = money.project(donor, "TGO", "USD", "300.00", "50.00", "400.00");
    money.contribute(donor, project, "500.00", "USD", today, today);
    String code =
        money.finance.get("/api/v1/funding/projects/" + project).json().get("code").asString();
    String id = money.counselledSingle("TGO");
    String caseNumber = money.chief.get("/api/v1/cases/" + id).json().get("caseNumber").asString();

    Response refused = money.makeEligible(money.chief, id);

    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.json().get("code").asString()).isEqualTo("transition-refused");
    JsonNode refusal = refused.json().get("refusals").get(0);
    assertThat(refusal.get("code").asString()).isEqualTo("no-funds");
    assertThat(refusal.get("overridable").asBoolean()).isTrue();
    assertThat(refusal.get("reason").asString())
        .contains(caseNumber)
        .contains("shortfall USD 250.00 on " + code)
        .contains(code + " (expected cost USD 750.00, available USD 500.00, short USD 250.00)");
    assertThat(money.chief.get("/api/v1/cases/" + id).json().get("status").asString())
        .isEqualTo("COUNSELLED");
    assertThat(money.chief.get("/api/v1/funding/cases/" + id + "/commitments").json()).isEmpty();

    JsonNode waiting = waitingEntry(id);
    assertThat(waiting.get("coverable").asBoolean()).isFalse();
    assertThat(waiting.get("reason").asString()).contains(caseNumber);

    // a contribution received: the chief of mission sees the case can now be made eligible
    money.contribute(donor, project, "1000.00", "USD", today, today);
    waiting = waitingEntry(id);
    assertThat(waiting.get("coverable").asBoolean()).isTrue();
    assertThat(waiting.get("coverableByProjectId").asLong()).isEqualTo(project);
    assertThat(waiting.get("expectedCost").asString()).isEqualTo("750.00");

    assertThat(money.makeEligible(money.chief, id).status()).isEqualTo(200);
    assertThat(waitingEntry(id)).isNull();
  }

  @Test
  void aChiefOfMissionOverridesTheGuardWithAWrittenJustificationThatIsAudited() {
    long donor = money.donor("Override donor");
    long project = money.project(donor, "BEN", "USD", "300.00", "50.00", "400.00");
    money.contribute(donor, project, "100.00", "USD", today, today);
    String id = money.counselledSingle("BEN");
    String justification = "his mother is dying in Cotonou; the second tranche is promised for May";

    assertThat(money.override(money.caseworker, id, justification).status()).isEqualTo(403);
    assertThat(money.override(money.chief, id, "  ").status()).isEqualTo(409);
    Response overridden = money.override(money.chief, id, justification);

    assertThat(overridden.status()).as(overridden.text()).isEqualTo(200);
    assertThat(overridden.json().get("status").asString()).isEqualTo("ELIGIBLE");
    JsonNode commitment =
        money.chief.get("/api/v1/funding/cases/" + id + "/commitments").json().get(0);
    assertThat(commitment.get("projectId").asLong()).isEqualTo(project);
    assertThat(commitment.get("overrideJustification").asString()).isEqualTo(justification);
    assertThat(commitment.get("shortfall").asString()).isEqualTo("650.00");
    assertThat(
            money
                .chief
                .get("/api/v1/funding/projects/" + project + "/position")
                .json()
                .get("money")
                .get("available")
                .asString())
        .isEqualTo("-650.00");
    JsonNode audited =
        ApiClient.as(port, "dataprotection.mar")
            .get("/api/v1/audit/entries?action=funding.guard-overridden&subjectId=" + id)
            .json()
            .get("items");
    assertThat(audited).hasSize(1);
    assertThat(audited.get(0).get("actor").asString()).isEqualTo("chief.mar");
    assertThat(audited.get(0).get("reason").asString()).isEqualTo(justification);
    assertThat(audited.get(0).get("details").get("shortfall").asString()).isEqualTo("650.00");
  }

  @Test
  void aWithdrawalReleasesTheCommitment() throws InterruptedException {
    long donor = money.donor("Release donor");
    long project = money.project(donor, "GHA", "USD", "300.00", "50.00", "400.00");
    money.contribute(donor, project, "1000.00", "USD", today, today);
    String id = money.counselledSingle("GHA");
    assertThat(money.makeEligible(money.chief, id).status()).isEqualTo(200);

    Response withdrawn =
        money.caseworker.post(
            FundingFixture.path(id) + "/consent/withdrawal",
            Map.of("reason", "found work in Casablanca"));
    assertThat(withdrawn.status()).as(withdrawn.text()).isEqualTo(200);

    JsonNode commitment = null;
    Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
    while (Instant.now().isBefore(deadline)) {
      commitment = money.chief.get("/api/v1/funding/cases/" + id + "/commitments").json().get(0);
      if (commitment.get("status").asString().equals("RELEASED")) {
        break;
      }
      Thread.sleep(100);
    }
    assertThat(commitment.get("status").asString()).isEqualTo("RELEASED");
    assertThat(commitment.get("releasedOn").asString()).isEqualTo(today);
    assertThat(commitment.get("releaseReason").asString()).contains("WITHDRAWN", "Casablanca");
    JsonNode position = money.chief.get("/api/v1/funding/projects/" + project + "/position").json();
    assertThat(position.get("money").get("committed").asString()).isEqualTo("0.00");
    assertThat(position.get("money").get("available").asString()).isEqualTo("1000.00");
  }

  @Test
  void expendituresReplaceTheCommitmentAsTheMoneyIsSpent() {
    long donor = money.donor("Spending donor");
    long project = money.project(donor, "LBR", "USD", "300.00", "50.00", "400.00");
    money.contribute(donor, project, "2000.00", "USD", today, today);
    String id = money.counselledSingle("LBR");
    assertThat(money.makeEligible(money.chief, id).status()).isEqualTo(200);
    CaseId caseId = new CaseId(UUID.fromString(id));

    Expenditure seat =
        ledger.recordExpenditure(
            caseId,
            BudgetLine.MOVEMENT,
            usd("300.00"),
            LocalDate.now(),
            ExpenditureSource.flight("CHARTER-LBR-1"),
            MOVEMENT);
    Expenditure pocket =
        ledger.recordExpenditure(
            caseId,
            BudgetLine.MOVEMENT,
            usd("100.00"),
            LocalDate.now(),
            ExpenditureSource.flight("CHARTER-LBR-1"),
            MOVEMENT);

    assertThat(seat.consumed().getNumber().numberValue(BigDecimal.class))
        .isEqualByComparingTo("300");
    // only 50 of the movement reservation were left: the 50 above it is spent all the same
    assertThat(pocket.consumed().getNumber().numberValue(BigDecimal.class))
        .isEqualByComparingTo("50");
    CaseCosts costs = ledger.costsOf(caseId).orElseThrow();
    assertThat(costs.reintegrationCapOf(costs.commitment().beneficiaries().getFirst().personId()))
        .contains(usd("400.00"));
    assertThat(costs.commitment().status()).isEqualTo(CommitmentStatus.RESERVED);

    ledger.recordExpenditure(
        caseId,
        BudgetLine.REINTEGRATION,
        usd("400.00"),
        LocalDate.now(),
        ExpenditureSource.purchaseOrder("PO-LBR-7"),
        MOVEMENT);

    JsonNode commitment =
        money.chief.get("/api/v1/funding/cases/" + id + "/commitments").json().get(0);
    assertThat(commitment.get("status").asString()).isEqualTo("CONSUMED");
    assertThat(commitment.get("outstanding").asString()).isEqualTo("0.00");
    JsonNode spent = money.chief.get("/api/v1/funding/cases/" + id + "/expenditures").json();
    assertThat(spent).hasSize(3);
    assertThat(spent.get(0).get("sourceType").asString()).isEqualTo("FLIGHT");
    assertThat(spent.get(0).get("sourceId").asString()).isEqualTo("CHARTER-LBR-1");
    assertThat(spent.get(2).get("sourceType").asString()).isEqualTo("PURCHASE_ORDER");
    JsonNode position = money.chief.get("/api/v1/funding/projects/" + project + "/position").json();
    assertThat(position.get("money").get("spent").asString()).isEqualTo("800.00");
    assertThat(position.get("money").get("committed").asString()).isEqualTo("0.00");
    assertThat(position.get("money").get("available").asString()).isEqualTo("1200.00");
  }

  @Test
  void aCostOfACaseNoProjectPaysForIsRefused() {
    String id = money.counselledSingle("SLE");
    CaseId caseId = new CaseId(UUID.fromString(id));

    assertThatThrownBy(() ->
            ledger.recordExpenditure(
                caseId,
                BudgetLine.MOVEMENT,
                usd("10.00"),
                LocalDate.now(),
                ExpenditureSource.flight("F-1"),
                MOVEMENT))
        .isInstanceOf(ConflictException.class)
        .extracting(e -> ((ConflictException) e).code())
        .isEqualTo("no-commitment");
  }

  private JsonNode waitingEntry(String caseId) {
    for (JsonNode entry : money.chief.get("/api/v1/funding/waiting-cases").json()) {
      if (entry.get("caseId").asString().equals(caseId)) {
        return entry;
      }
    }
    return null;
  }

  private static Money usd(String amount) {
    return Money.of(new BigDecimal(amount), "USD");
  }
}
