package org.homeward.movement.planner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.movement.planner.Problems.adult;
import static org.homeward.movement.planner.Problems.household;
import static org.homeward.movement.planner.Problems.lapInfant;
import static org.homeward.movement.planner.Problems.needingEscort;
import static org.homeward.movement.planner.Problems.person;
import static org.homeward.movement.planner.Problems.unaccompanied;

import org.junit.jupiter.api.Test;

class SeatNeedTest {

  @Test
  void anInfantUnderTwoTravelsOnAnAdultsLap() {
    SeatNeed need = SeatNeed.of(household("H", "CMR", "1", adult("a"), lapInfant("i", 1)));
    assertThat(need.seats()).isEqualTo(1);
    assertThat(need.onLaps()).isEqualTo(1);
  }

  @Test
  void anAdultHoldsOneInfantAndTheOtherTakesASeat() {
    SeatNeed need =
        SeatNeed.of(household("H", "CMR", "1", adult("a"), lapInfant("i1", 0), lapInfant("i2", 0)));
    assertThat(need.seats()).isEqualTo(2);
    assertThat(need.onLaps()).isEqualTo(1);
  }

  @Test
  void aSixteenYearOldIsAnAdultAndAFifteenYearOldIsNot() {
    assertThat(SeatNeed.of(household("H", "CMR", "1", person("p", 16), lapInfant("i", 1))).seats())
        .isEqualTo(1);
    assertThat(SeatNeed.of(household("H", "CMR", "1", person("p", 15), lapInfant("i", 1))).seats())
        .isEqualTo(2);
  }

  @Test
  void aChildOfTwoTakesASeatEvenIfMarkedForALap() {
    assertThat(SeatNeed.of(household("H", "CMR", "1", adult("a"), lapInfant("c", 2))).seats())
        .isEqualTo(2);
  }

  @Test
  void anInfantNotMarkedForALapTakesASeat() {
    assertThat(SeatNeed.of(household("H", "CMR", "1", adult("a"), person("i", 1))).seats())
        .isEqualTo(2);
  }

  @Test
  void eachPersonNeedingAMedicalEscortAddsASeat() {
    SeatNeed need =
        SeatNeed.of(household("H", "CMR", "1", needingEscort("a"), needingEscort("b"), adult("c")));
    assertThat(need.seats()).isEqualTo(5);
    assertThat(need.medicalEscorts()).isEqualTo(2);
  }

  @Test
  void unaccompaniedMinorsNeedAnEscortPerStartedGroupOfFive() {
    assertThat(SeatNeed.escortSeatsForMinors(0)).isZero();
    assertThat(SeatNeed.escortSeatsForMinors(1)).isEqualTo(1);
    assertThat(SeatNeed.escortSeatsForMinors(5)).isEqualTo(1);
    assertThat(SeatNeed.escortSeatsForMinors(6)).isEqualTo(2);
    SeatNeed need = SeatNeed.of(household("H", "CMR", "1", unaccompanied("a"), unaccompanied("b")));
    assertThat(need.seats()).isEqualTo(2);
    assertThat(need.seatsAlone()).isEqualTo(3);
  }
}
