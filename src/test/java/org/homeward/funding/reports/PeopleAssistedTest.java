package org.homeward.funding.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;
import org.junit.jupiter.api.Test;

class PeopleAssistedTest {

  @Test
  void putsEachAgeInItsGroupAtTheBoundaries() {
    assertThat(AgeGroup.of(0)).isEqualTo(AgeGroup.UNDER_5);
    assertThat(AgeGroup.of(4)).isEqualTo(AgeGroup.UNDER_5);
    assertThat(AgeGroup.of(5)).isEqualTo(AgeGroup.FROM_5_TO_11);
    assertThat(AgeGroup.of(11)).isEqualTo(AgeGroup.FROM_5_TO_11);
    assertThat(AgeGroup.of(12)).isEqualTo(AgeGroup.FROM_12_TO_17);
    assertThat(AgeGroup.of(17)).isEqualTo(AgeGroup.FROM_12_TO_17);
    assertThat(AgeGroup.of(18)).isEqualTo(AgeGroup.FROM_18_TO_59);
    assertThat(AgeGroup.of(59)).isEqualTo(AgeGroup.FROM_18_TO_59);
    assertThat(AgeGroup.of(60)).isEqualTo(AgeGroup.FROM_60);
    assertThatThrownBy(() -> AgeGroup.of(-1)).hasMessageContaining("negative");
  }

  @Test
  void countsEachPersonOnceByNationalitySexAndAgeAndOncePerVulnerability() {
    PeopleAssisted people = PeopleAssisted.of(DonorReports.people());

    assertThat(people.total()).isEqualTo(40);
    assertThat(people.byNationality())
        .containsExactlyInAnyOrderEntriesOf(Map.of("CMR", 18L, "SEN", 12L, "GIN", 6L, "XXA", 4L));
    assertThat(people.bySex()).containsEntry(Sex.F, 16L).containsEntry(Sex.M, 23L);
    assertThat(people.byVulnerability())
        .containsEntry(Vulnerability.SINGLE_PARENT, 1L)
        .containsEntry(Vulnerability.SERIOUS_MEDICAL_CONDITION, 1L);
    assertThat(people.byVulnerability().values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(10);
    assertThat(people.withAnyVulnerability()).isEqualTo(9);
  }

  @Test
  void refusesCountsThatContradictEachOther() {
    assertThatThrownBy(() ->
            new PeopleAssisted(
                Map.of("CMR", 2L),
                Map.of(Sex.F, 2L),
                Map.of(AgeGroup.UNDER_5, 2L),
                Map.of(Vulnerability.PREGNANT, 1L),
                3))
        .hasMessageContaining("between 0 and 2");
    assertThatThrownBy(() ->
            new PeopleAssisted(
                Map.of("CMR", 2L),
                Map.of(Sex.F, 2L),
                Map.of(AgeGroup.UNDER_5, 2L),
                Map.of(Vulnerability.PREGNANT, 2L),
                1))
        .hasMessageContaining("only 1 with any");
    assertThatThrownBy(() -> new AssistedPerson("ZZZ", Sex.F, AgeGroup.UNDER_5, Set.of()))
        .hasMessageContaining("ZZZ");
    assertThat(PeopleAssisted.of(List.of()).total()).isZero();
  }
}
