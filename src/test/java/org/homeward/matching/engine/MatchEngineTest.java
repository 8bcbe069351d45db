package org.homeward.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.homeward.matching.MatchCandidate;
import org.homeward.matching.PersonRecord;
import org.homeward.matching.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine fitted on a slice of real-shaped registrations, checking people against it. */
class MatchEngineTest {

  private static MatchEngine engine;

  @BeforeAll
  static void fitOnTheDevSlice() throws URISyntaxException {
    Path slice =
        Path.of(MatchEngineTest.class.getResource("/matching/dev-slice/records.csv").toURI());
    engine = new MatchEngine(NameVariants.standard(), MatchSettings.defaults());
    engine.addAll(((RecordsCsv.Records) RecordsCsv.read(slice)).records());
    engine.addAll(
        List.of(
            person(
                "T-MAMADOU",
                "Mamadou",
                "Diallo",
                "M",
                "1985-03-12",
                false,
                "Labé",
                "+212661000001",
                "GA1234567"),
            person(
                "T-HASSAN",
                "Hassan",
                "Coulibaly",
                "M",
                "1990-05-05",
                false,
                "Bamako",
                "+212661000002",
                null),
            person(
                "T-AMINATA",
                "Aminata",
                "Traoré",
                "F",
                "1988-02-02",
                false,
                "Sikasso",
                "+212661000003",
                null),
            person(
                "T-IBRAHIMA", "Ibrahima", "Sow", "M", "1979-01-01", true, "Conakry", null, null)));
    // fourteen men of one name and one town, born years apart: namesakes, as in a large registry
    for (int i = 0; i < 14; i++) {
      engine.add(
          person(
              "T-KOUROUMA-" + i,
              "Sékouba",
              "Kourouma",
              "M",
              (1950 + 3 * i) + "-06-" + (10 + i),
              false,
              "Kankan",
              "+2126620000" + (10 + i),
              null));
    }
    engine.add(
        person(
            "T-YANSANE", "Morlaye", "Yansané", "M", "1983-09-14", false, "Forécariah", null, null));
    engine.estimate();
  }

  @Test
  void findsThePersonRegisteredAgainUnderAnotherSpellingWithoutPhoneOrDocument() {
    List<MatchCandidate> found =
        engine.check(person("new", "Mamadu", "Jalo", "M", "1985-12-03", false, "Labe", null, null));

    assertThat(found)
        .first()
        .satisfies(c -> {
          assertThat(c.recordId()).isEqualTo("T-MAMADOU");
          assertThat(c.verdict()).isEqualTo(Verdict.LIKELY_DUPLICATE);
        });
  }

  @Test
  void findsThePersonWithGivenAndFamilyNamesSwapped() {
    List<MatchCandidate> found =
        engine.check(
            person(
                "new",
                "SOW",
                "IBRAHIMA",
                "M",
                "1979-01-01",
                true,
                "Conakry",
                "+212699999999",
                null));

    assertThat(found).extracting(MatchCandidate::recordId).contains("T-IBRAHIMA");
  }

  @Test
  void neverCallsTwinsTheSamePerson() {
    List<MatchCandidate> found =
        engine.check(
            person(
                "new",
                "Hussein",
                "Coulibaly",
                "M",
                "1990-05-05",
                false,
                "Bamako",
                "+212661000002",
                null));

    assertThat(found)
        .filteredOn(c -> c.recordId().equals("T-HASSAN"))
        .allSatisfy(c -> assertThat(c.verdict()).isNotEqualTo(Verdict.LIKELY_DUPLICATE));
  }

  @Test
  void neverCallsSiblingsSharingAPhoneTheSamePerson() {
    List<MatchCandidate> found =
        engine.check(
            person(
                "new",
                "Mariam",
                "Traoré",
                "F",
                "1991-07-09",
                false,
                "Sikasso",
                "+212661000003",
                null));

    assertThat(found)
        .filteredOn(c -> c.recordId().equals("T-AMINATA"))
        .allSatisfy(c -> assertThat(c.verdict()).isNotEqualTo(Verdict.LIKELY_DUPLICATE));
  }

  @Test
  void keepsNamesakesBornYearsApartApart() {
    List<MatchCandidate> found =
        engine.check(
            person("new", "Mamadou", "Diallo", "M", "1962-04-11", false, "Labé", null, null));

    assertThat(found)
        .filteredOn(c -> c.recordId().equals("T-MAMADOU"))
        .allSatisfy(c -> assertThat(c.verdict()).isNotEqualTo(Verdict.LIKELY_DUPLICATE));
  }

  @Test
  void leavesToAPersonADateLessMatchOnNamesThatManyCarry() {
    List<MatchCandidate> found =
        engine.check(person("new", "Sekouba", "Kourouma", "M", null, false, "Kankan", null, null));

    assertThat(found)
        .filteredOn(c -> c.recordId().startsWith("T-KOUROUMA"))
        .hasSize(14)
        .allSatisfy(c -> {
          assertThat(c.verdict()).isEqualTo(Verdict.POSSIBLE_DUPLICATE);
          assertThat(c.explanation().cappedBy())
              .containsExactly(MatchModel.COMMON_NAMES_WITHOUT_BIRTH_DATE);
        });
  }

  @Test
  void leavesToAPersonAMatchOnNamesThatManyCarryWhenOnlyAnEstimatedYearIsNear() {
    List<MatchCandidate> found =
        engine.check(
            person("new", "Sékouba", "Kourouma", "M", "1975-01-01", true, "Kankan", null, null));

    assertThat(found)
        .filteredOn(c -> c.recordId().equals("T-KOUROUMA-8"))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.verdict()).isEqualTo(Verdict.POSSIBLE_DUPLICATE);
          assertThat(c.explanation().cappedBy())
              .containsExactly(MatchModel.COMMON_NAMES_WITHOUT_BIRTH_DATE);
        });
  }

  @Test
  void letsADateLessMatchOnRareNamesStandOnItsEvidence() {
    List<MatchCandidate> found =
        engine.check(
            person("new", "Morlaye", "Yansane", "M", null, false, "Forécariah", null, null));

    assertThat(found)
        .filteredOn(c -> c.recordId().equals("T-YANSANE"))
        .singleElement()
        .satisfies(c -> assertThat(c.explanation().cappedBy()).isEmpty());
  }

  @Test
  void explainsWhichFieldsAgreedAndHowMuchEachWeighed() {
    MatchCandidate candidate =
        engine
            .check(person("new", "Mamadu", "Jalo", "M", "1985-12-03", false, "Labe", null, null))
            .getFirst();

    assertThat(candidate.explanation().fields())
        .extracting(f -> f.field() + ":" + f.level())
        .contains(
            "given_name:variant",
            "family_name:variant",
            "date_of_birth:day_month_swapped",
            "phone:missing");
    assertThat(candidate.explanation().fields())
        .filteredOn(f -> f.level().equals("missing"))
        .allSatisfy(f -> assertThat(f.weight()).isZero());
    assertThat(candidate.explanation().fields())
        .filteredOn(f -> f.field().equals("date_of_birth"))
        .allSatisfy(f -> assertThat(f.weight()).isPositive());
  }

  private static PersonRecord person(
      String id,
      String given,
      String family,
      String sex,
      String born,
      boolean estimated,
      String place,
      String phone,
      String passport) {
    return new PersonRecord(
        id,
        given,
        family,
        sex,
        born == null ? null : LocalDate.parse(born),
        estimated,
        "GIN",
        place,
        phone,
        passport == null ? null : "passport",
        passport);
  }
}
