package org.homeward.movement.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.movement.FitnessOutcome;
import org.homeward.movement.TravelDocumentType;
import org.homeward.movement.documents.TravelDocument;
import org.homeward.movement.fitness.FitnessCheck;
import org.homeward.registry.CaseId;
import org.homeward.registry.DocumentType;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.PersonId;
import org.junit.jupiter.api.Test;

/** The three rules of readiness, member by member and day by day, without a database. */
class ReadinessRulesTest {

  static final LocalDate DAY = LocalDate.of(2026, 12, 1);
  static final PersonId AMINA = PersonId.random();
  static final CaseId CASE = CaseId.random();

  static ReadinessRules.Member amina(IdentityDocument... identity) {
    return new ReadinessRules.Member(AMINA, "Amina Diallo", "SEN", List.of(identity));
  }

  static TravelDocument issued(
      TravelDocumentType type, String consulate, LocalDate issuedOn, LocalDate expiresOn) {
    return TravelDocument.requested(AMINA, CASE, type, consulate, issuedOn.minusDays(10))
        .issue("N-" + expiresOn, issuedOn, expiresOn);
  }

  static FitnessCheck check(FitnessOutcome outcome, LocalDate on, LocalDate until) {
    return new FitnessCheck(
        UUID.randomUUID(),
        AMINA,
        CASE,
        on,
        outcome,
        until,
        false,
        null,
        Instant.now(),
        "medical.mar");
  }

  static final FitnessCheck FIT = check(FitnessOutcome.FIT, DAY.minusDays(2), DAY.plusDays(28));

  @Test
  void aMemberWithAValidLaissezPasserAndAFitCheckIsReady() {
    MemberReadiness m =
        ReadinessRules.of(
            amina(),
            List.of(
                issued(
                    TravelDocumentType.LAISSEZ_PASSER, "SEN", DAY.minusDays(5), DAY.plusMonths(3))),
            List.of(FIT),
            null,
            DAY);

    assertThat(m.ready()).isTrue();
    assertThat(m.readiness().documentValidUntil()).contains(DAY.plusMonths(3));
    assertThat(m.readiness().fitValidUntil()).contains(DAY.plusDays(28));
  }

  @Test
  void aDocumentCountsUpToItsExpiryDayIncludedAndNotAfter() {
    TravelDocument pass = issued(TravelDocumentType.LAISSEZ_PASSER, "SEN", DAY.minusDays(30), DAY);

    assertThat(ReadinessRules.of(amina(), List.of(pass), List.of(FIT), null, DAY).ready()).isTrue();
    MemberReadiness after =
        ReadinessRules.of(amina(), List.of(pass), List.of(FIT), null, DAY.plusDays(1));
    assertThat(after.lacks()).extracting(Lack::code).containsExactly("document-expired");
    assertThat(after.lacks().getFirst().reason()).endsWith("expired on " + DAY);
  }

  @Test
  void aLaissezPasserOfAnotherCountrysConsulateDoesNotTakeHerHome() {
    MemberReadiness m =
        ReadinessRules.of(
            amina(),
            List.of(
                issued(
                    TravelDocumentType.LAISSEZ_PASSER, "MLI", DAY.minusDays(5), DAY.plusMonths(3))),
            List.of(FIT),
            null,
            DAY);

    assertThat(m.lacks()).extracting(Lack::code).containsExactly("document-elsewhere");
  }

  @Test
  void aRegisteredPassportCountsWithItsNumberAndExpiryAndNotWithout() {
    IdentityDocument passport =
        new IdentityDocument(DocumentType.PASSPORT, "SN123", "SEN", DAY.plusYears(3));
    IdentityDocument noExpiry = new IdentityDocument(DocumentType.PASSPORT, "SN124", "SEN", null);
    IdentityDocument id =
        new IdentityDocument(DocumentType.NATIONAL_ID, "ID9", "SEN", DAY.plusYears(3));

    MemberReadiness held = ReadinessRules.of(amina(passport), List.of(), List.of(FIT), null, DAY);
    MemberReadiness without =
        ReadinessRules.of(amina(noExpiry, id), List.of(), List.of(FIT), null, DAY);

    assertThat(held.ready()).isTrue();
    assertThat(held.readiness().document().recordedAtRegistration()).isTrue();
    assertThat(without.lacks()).extracting(Lack::code).containsExactly("no-document");
  }

  @Test
  void theLatestCheckDecidesAndAFitOneHoldsOnlyUntilItsDay() {
    FitnessCheck unfit = check(FitnessOutcome.UNFIT, DAY.minusDays(1), null);
    TravelDocument pass =
        issued(
            TravelDocumentType.EMERGENCY_TRAVEL_DOCUMENT,
            "SEN",
            DAY.minusDays(5),
            DAY.plusMonths(3));

    assertThat(ReadinessRules.of(amina(), List.of(pass), List.of(unfit, FIT), null, DAY).lacks())
        .extracting(Lack::code)
        .containsExactly("unfit");
    assertThat(
            ReadinessRules.of(amina(), List.of(pass), List.of(FIT), null, DAY.plusDays(29)).lacks())
        .extracting(Lack::code)
        .containsExactly("fitness-expired");
    FitnessCheck escorted = check(FitnessOutcome.FIT_WITH_ESCORT, DAY, DAY.plusDays(10));
    assertThat(
            ReadinessRules.of(amina(), List.of(pass), List.of(escorted, unfit), null, DAY)
                .readiness()
                .needsMedicalEscort())
        .isTrue();
  }

  @Test
  void aMemberTheCasesFundingDoesNotCoverIsNotEligible() {
    TravelDocument pass =
        issued(TravelDocumentType.PASSPORT, null, DAY.minusDays(5), DAY.plusYears(5));
    ReadinessRules.Coverage others =
        new ReadinessRules.Coverage("APPEAL-MAR", Set.of(PersonId.random()));

    MemberReadiness m = ReadinessRules.of(amina(), List.of(pass), List.of(FIT), others, DAY);

    assertThat(m.lacks()).extracting(Lack::kind).containsExactly(Lack.Kind.ELIGIBLE);
    assertThat(m.sentence()).contains("Amina Diallo").contains("APPEAL-MAR");
  }

  @Test
  void aRequestNotYetIssuedIsNamedWithItsConsulateAndDay() {
    TravelDocument waiting =
        TravelDocument.requested(
            AMINA, CASE, TravelDocumentType.LAISSEZ_PASSER, "SEN", DAY.minusDays(3));

    MemberReadiness m = ReadinessRules.of(amina(), List.of(waiting), List.of(), null, DAY);

    assertThat(m.lacks())
        .extracting(Lack::code)
        .containsExactly("document-requested", "no-fitness");
    assertThat(m.lacks().getFirst().reason())
        .isEqualTo(
            "no valid travel document: the laissez-passer requested of the consulate of SEN on "
                + DAY.minusDays(3)
                + " is not issued yet");
  }
}
