package org.homeward.matching.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeward.matching.MatchCandidate;
import org.homeward.matching.PersonRecord;
import org.homeward.matching.Verdict;
import org.junit.jupiter.api.Test;

/**
 * Groups judged from chains of re-registrations, fitted on the slice of real-shaped registrations:
 * a person who registers again copies from the latest card, so the first and last records of a
 * chain can differ in several fields and are joined only through the records between them.
 */
class GroupJudgementTest {

  /** Five registrations of one man, each copied from the one before with a slip or two more. */
  private static final List<PersonRecord> CHAIN_OF_FIVE =
      List.of(
          person("C1", "Ousmane", "Kaboré", "M", "1983-04-17", false, "+212661200001", "BF1234567"),
          person("C2", "Ousmane", "Kabore", "M", "1983-04-17", false, "+212661200001", null),
          person("C3", "Ousman", "Kabore", "M", "1984-04-17", false, "+212661200002", null),
          person("C4", "Ousman", "Kabre", "M", "1984-01-01", true, "+212661200002", null),
          person("C5", "Ousmann", "Kabrè", "M", "1984-01-01", true, "+212661200003", "BF7654321"));

  @Test
  void joinsAChainOfFiveWhoseEndsAloneWouldNotBeCalledTheSamePerson() throws URISyntaxException {
    MatchEngine engine = fittedWith(CHAIN_OF_FIVE);

    Optional<PersonGroup> group = groupOf(engine.linkGroups(done -> {}), "C1");

    assertThat(group).isPresent();
    assertThat(group.get().ids()).containsExactlyInAnyOrder("C1", "C2", "C3", "C4", "C5");
    // every pair of the group is listed, ten for five records, the ends included
    assertThat(group.get().pairs()).hasSize(10);
    assertThat(group.get().pairs())
        .anySatisfy(pair ->
            assertThat(List.of(pair.idA(), pair.idB())).containsExactlyInAnyOrder("C1", "C5"));
    // the ends compared head on: another phone, another passport, the name mistyped twice, the
    // date cut to an estimated year a year off; only the records between them join them
    double ends = MatchModel.probability(engine.explain("C1", "C5").totalWeight());
    assertThat(ends).isLessThan(MatchSettings.defaults().likelyThreshold());
    // four links hold the group, each a likely pair of neighbours
    assertThat(group.get().links()).hasSize(4);
    assertThat(group.get().links())
        .allSatisfy(link -> assertThat(link.verdict()).isEqualTo(Verdict.LIKELY_DUPLICATE));
  }

  @Test
  void anOnlineCheckComparesTheNewRecordWithEachMemberOfTheGroupItJoins()
      throws URISyntaxException {
    MatchEngine engine = fittedWith(CHAIN_OF_FIVE.subList(0, 4));
    PersonRecord fifth = CHAIN_OF_FIVE.get(4);

    List<MatchCandidate> found = engine.check(fifth);

    // the first registration, compared alone, is only a possible duplicate (another passport,
    // another phone); it is likely the same person as the second, which is likely the new one
    assertThat(found)
        .filteredOn(c -> c.recordId().equals("C1"))
        .singleElement()
        .satisfies(c -> {
          assertThat(c.probability()).isLessThan(MatchSettings.defaults().likelyThreshold());
          assertThat(c.verdict()).isEqualTo(Verdict.LIKELY_DUPLICATE);
        });
    assertThat(found)
        .extracting(MatchCandidate::recordId)
        .containsExactlyInAnyOrder("C1", "C2", "C3", "C4");
  }

  @Test
  void aChainIsBrokenWhereItsMembersContradictEachOther() throws URISyntaxException {
    // two men of one name and one phone (a brother's, lent): one born 1983, the other 1990, both
    // dates sure; between them a record with neither date nor document that either could be
    List<PersonRecord> records =
        List.of(
            person("A1", "Ousmane", "Kaboré", "M", "1983-04-17", false, "+212661200001", null),
            person("A2", "Ousmane", "Kabore", "M", "1983-04-17", false, "+212661200001", null),
            person("M", "Ousmane", "Kabore", "M", null, false, "+212661200001", null),
            person("B1", "Ousmane", "Kabore", "M", "1990-11-02", false, "+212661200001", null),
            person("B2", "Ousmane", "Kaboré", "M", "1990-11-02", false, "+212661200001", null));
    MatchEngine engine = fittedWith(records);

    List<PersonGroup> groups = engine.linkGroups(done -> {});

    // the man of 1983 and the man of 1990 never end up in one group, however the middle goes
    assertThat(groups)
        .noneSatisfy(group -> assertThat(group.ids()).contains("A1", "B1"))
        .noneSatisfy(group -> assertThat(group.ids()).contains("A2", "B2"));
    assertThat(groupOf(groups, "A1")).get().satisfies(g -> assertThat(g.ids()).contains("A2"));
    assertThat(groupOf(groups, "B1")).get().satisfies(g -> assertThat(g.ids()).contains("B2"));
    // the undated record joins one of them, the first it is linked to most strongly
    assertThat(groups).filteredOn(g -> g.ids().contains("M")).hasSize(1);
  }

  @Test
  void theEndsOfAChainThatShareNoBlockingKeyAreComparedThroughTheRecordBetween()
      throws URISyntaxException {
    // the first card: full date, place and passport, no phone; the second copies it with the
    // family name mistyped and adds a phone; the third copies the second's phone and names, with
    // the given name mistyped too, and gives neither date, place nor document
    PersonRecord first =
        new PersonRecord(
            "E1",
            "Issouf",
            "Sawadogo",
            "M",
            LocalDate.parse("1988-06-21"),
            false,
            "BFA",
            "Koudougou",
            null,
            "passport",
            "BF1112223");
    PersonRecord second =
        new PersonRecord(
            "E2",
            "Issouf",
            "Sawabogo",
            "M",
            LocalDate.parse("1988-06-21"),
            false,
            "BFA",
            "Koudougou",
            "+212661200077",
            "passport",
            "BF1112223");
    PersonRecord third =
        new PersonRecord(
            "E3", "Isrouf", "Sawabogo", "M", null, false, "BFA", null, "+212661200077", null, null);
    MatchEngine engine = fittedWith(List.of(first, second, third));

    // no name, date, place, phone or document key holds the first and the third together
    assertThat(engine.compares("E1", "E3")).isFalse();
    // both are likely the same person as the second: joining the groups compares them too
    List<List<String>> compared = new ArrayList<>();
    List<PersonGroup> groups = engine.linkGroups(done -> {}, (a, b) -> compared.add(List.of(a, b)));
    assertThat(compared).anySatisfy(pair -> assertThat(pair).containsExactlyInAnyOrder("E1", "E3"));
    Optional<PersonGroup> group = groupOf(groups, "E1");
    assertThat(group).isPresent();
    assertThat(group.get().ids()).containsExactlyInAnyOrder("E1", "E2", "E3");
    assertThat(group.get().pairs())
        .anySatisfy(pair ->
            assertThat(List.of(pair.idA(), pair.idB())).containsExactlyInAnyOrder("E1", "E3"));
  }

  @Test
  void oneDocumentOutweighsABirthYearMistyped() throws URISyntaxException {
    // one passport, one phone, one name; the second card has the birth year typed wrong
    List<PersonRecord> records =
        List.of(
            person(
                "D1", "Djibril", "Hamani", "M", "1986-11-10", false, "+212613069997", "NR677827"),
            person(
                "D2", "Djibril", "Hamani", "M", "1965-07-24", false, "+212613069997", "NR677827"),
            // the same name and phone with another passport and the other year: another man
            person(
                "D3", "Djibril", "Hamani", "M", "1965-07-24", false, "+212613069997", "NR112233"));
    MatchEngine engine = fittedWith(records);

    List<PersonGroup> groups = engine.linkGroups(done -> {});

    assertThat(groupOf(groups, "D1")).get().satisfies(g -> assertThat(g.ids()).contains("D2"));
    assertThat(groups).noneSatisfy(group -> assertThat(group.ids()).contains("D1", "D3"));
  }

  @Test
  void twinsOfOneBirthDateAndPhoneStayTwoPeople() throws URISyntaxException {
    List<PersonRecord> records =
        List.of(
            person("T1", "Hassan", "Ouédraogo", "M", "1995-08-09", false, "+212661200009", null),
            person("T2", "Hassane", "Ouedraogo", "M", "1995-08-09", false, "+212661200009", null),
            person(
                "T3", "Housseini", "Ouédraogo", "M", "1995-08-09", false, "+212661200009", null));
    MatchEngine engine = fittedWith(records);

    List<PersonGroup> groups = engine.linkGroups(done -> {});

    assertThat(groups).noneSatisfy(group -> assertThat(group.ids()).contains("T3"));
  }

  private static Optional<PersonGroup> groupOf(List<PersonGroup> groups, String id) {
    return groups.stream().filter(g -> g.ids().contains(id)).findFirst();
  }

  private static MatchEngine fittedWith(List<PersonRecord> extra) throws URISyntaxException {
    Path slice =
        Path.of(GroupJudgementTest.class.getResource("/matching/dev-slice/records.csv").toURI());
    MatchEngine engine = new MatchEngine(NameVariants.standard(), MatchSettings.defaults());
    engine.addAll(((RecordsCsv.Records) RecordsCsv.read(slice)).records());
    engine.addAll(extra);
    engine.estimate();
    return engine;
  }

  private static PersonRecord person(
      String id,
      String given,
      String family,
      String sex,
      String born,
      boolean estimated,
      String phone,
      String passport) {
    return new PersonRecord(
        id,
        given,
        family,
        sex,
        born == null ? null : LocalDate.parse(born),
        estimated,
        "BFA",
        "Koudougou",
        phone,
        passport == null ? null : "passport",
        passport);
  }
}
