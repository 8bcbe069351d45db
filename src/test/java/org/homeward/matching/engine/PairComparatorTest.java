package org.homeward.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.homeward.matching.PersonRecord;
import org.junit.jupiter.api.Test;

class PairComparatorTest {

  private final TokenTable tokens = new TokenTable(NameVariants.standard());

  @Test
  void matchesSwappedGivenAndFamilyNames() {
    int pattern = compare(person("Fatou", "Diallo"), person("DIALLO", "Fatoumata"));

    assertThat(level(pattern, Field.FAMILY_NAME)).isEqualTo("exact");
    assertThat(level(pattern, Field.GIVEN_NAME)).isIn("variant", "close");
  }

  @Test
  void treatsApostrophesHyphensAndAccentsAsTheSameName() {
    assertThat(
            level(
                compare(person("Kouamé", "N'Guessan"), person("Kouame", "Nguessan")),
                Field.FAMILY_NAME))
        .isEqualTo("exact");
    assertThat(
            level(
                compare(person("Jean-Pierre", "Kasongo"), person("Jean Pierre", "Kasongo")),
                Field.GIVEN_NAME))
        .isEqualTo("exact");
  }

  @Test
  void recognisesTransliterationsOfOneName() {
    assertThat(givenLevel("Mohamed", "Muhammad")).isEqualTo("variant");
    assertThat(givenLevel("Mamadou", "Mouhamed")).isEqualTo("variant");
    assertThat(givenLevel("Ousmane", "Usman")).isEqualTo("variant");
    assertThat(givenLevel("Moustapha", "Mustafa")).isEqualTo("variant");
    assertThat(familyLevel("Diallo", "Jalloh")).isEqualTo("variant");
    assertThat(familyLevel("Traoré", "Tarawally")).isEqualTo("variant");
  }

  @Test
  void readsANameTypedInArabicScript() {
    assertThat(givenLevel("محمد", "Muhammad")).isEqualTo("variant");
  }

  @Test
  void toleratesOneTypingSlip() {
    assertThat(givenLevel("Landri", "Lendry")).isEqualTo("close");
    assertThat(familyLevel("Baryr", "Barry")).isEqualTo("close");
    // a slip in a name the variant table knows keeps it in its group
    assertThat(givenLevel("Memadi", "Mamadi")).isEqualTo("variant");
    assertThat(givenLevel("Fntima", "Fatoumata")).isEqualTo("variant");
    // in a particle too short to be close on its own
    assertThat(givenLevel("El Hadji", "Ea Hadji")).isEqualTo("close");
  }

  @Test
  void keepsNamesMistypedTwiceApartFromDifferentNames() {
    assertThat(givenLevel("Daborah", "Deboreh")).isEqualTo("similar");
    assertThat(givenLevel("Serah", "Saarh")).isEqualTo("similar");
    assertThat(givenLevel("Ndèye Fatou", "Ndèye Khady")).isEqualTo("different");
  }

  @Test
  void keepsAMiddleNameAsPartialAgreement() {
    assertThat(givenLevel("Mamadou", "Mamadou Saliou")).isEqualTo("partial");
  }

  @Test
  void tellsApartNamesOfTwinsAndSiblings() {
    assertThat(givenLevel("Hassan", "Hussein")).isEqualTo("different");
    assertThat(givenLevel("Mamadou Saliou", "Mamadou Lamine")).isEqualTo("different");
    assertThat(givenLevel("Christelle", "Sandrine")).isEqualTo("different");
    assertThat(familyLevel("Sall", "Fall")).isEqualTo("different");
  }

  @Test
  void recognisesTheDateErrorsOfRegistration() {
    assertThat(dateLevel("1985-03-12", false, "1985-12-03", false)).isEqualTo("day_month_swapped");
    assertThat(dateLevel("1985-03-12", false, "1986-03-12", false)).isEqualTo("year_off_by_one");
    assertThat(dateLevel("1985-01-01", true, "1985-06-30", false)).isEqualTo("estimated_same_year");
    assertThat(dateLevel("1985-01-01", true, "1987-01-01", true)).isEqualTo("estimated_near");
    assertThat(dateLevel("1985-03-12", false, "1975-09-29", false)).isEqualTo("different");
    assertThat(dateLevel("1985-03-12", false, null, false)).isEqualTo("missing");
  }

  @Test
  void ignoresDocumentNumbersOfDifferentKinds() {
    PersonRecord a = withDocument("passport", "GA1234567");
    PersonRecord b = withDocument("national_id", "114358430031");

    assertThat(level(compare(a, b), Field.DOCUMENT_NUMBER)).isEqualTo("missing");
    assertThat(level(compare(a, withDocument("passport", "GA1234576")), Field.DOCUMENT_NUMBER))
        .isEqualTo("close");
  }

  private String givenLevel(String a, String b) {
    return level(compare(person(a, "Camara"), person(b, "Camara")), Field.GIVEN_NAME);
  }

  private String familyLevel(String a, String b) {
    return level(compare(person("Awa", a), person("Awa", b)), Field.FAMILY_NAME);
  }

  private String dateLevel(String a, boolean estimatedA, String b, boolean estimatedB) {
    return level(
        compare(
            born(a == null ? null : LocalDate.parse(a), estimatedA),
            born(b == null ? null : LocalDate.parse(b), estimatedB)),
        Field.DATE_OF_BIRTH);
  }

  private int compare(PersonRecord a, PersonRecord b) {
    return PairComparator.compare(new PreparedRecord(a, tokens), new PreparedRecord(b, tokens));
  }

  private static String level(int pattern, Field field) {
    return field.levelName(PairComparator.level(pattern, field));
  }

  private static PersonRecord person(String given, String family) {
    return new PersonRecord("x", given, family, null, null, false, null, null, null, null, null);
  }

  private static PersonRecord born(LocalDate date, boolean estimated) {
    return new PersonRecord("x", "Awa", "Sow", "F", date, estimated, "SEN", null, null, null, null);
  }

  private static PersonRecord withDocument(String type, String number) {
    return new PersonRecord("x", "Awa", "Sow", "F", null, false, "SEN", null, null, type, number);
  }
}
