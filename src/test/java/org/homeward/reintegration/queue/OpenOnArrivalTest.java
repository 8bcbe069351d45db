package org.homeward.reintegration.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.homeward.movement.CaseArrived;
import org.homeward.movement.FlightId;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.ReintegrationCase;
import org.homeward.reintegration.ReintegrationCaseOpened;
import org.homeward.reintegration.ReintegrationCases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * A household that arrived opens in the queue of the mission that received it: the listener on
 * movement's {@code CaseArrived} opens its case once, dated the day of arrival, publishes {@code
 * ReintegrationCaseOpened}, and leaves a case already open as it is.
 */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class OpenOnArrivalTest {

  @Autowired ReintegrationCases cases;
  @Autowired JdbcClient jdbc;

  @Test
  void anArrivalOpensTheCaseInTheReceivingMissionsQueueOnce(Scenario scenario) {
    CaseId caseId = new CaseId(UUID.randomUUID());
    Instant at = Instant.parse("2026-11-20T09:15:00Z");
    CaseArrived arrived =
        new CaseArrived(
            caseId, "MAR-2026-990001", "MAR", "CMR", new FlightId(7), "CMR", "caseworker.cmr", at);

    scenario
        .publish(arrived)
        .andWaitForEventOfType(ReintegrationCaseOpened.class)
        .matching(e -> e.caseId().equals(caseId))
        .toArriveAndVerify(opened -> {
          assertThat(opened.originMission()).isEqualTo("CMR");
          ReintegrationCase c = cases.find(caseId).orElseThrow();
          assertThat(c.caseNumber()).isEqualTo("MAR-2026-990001");
          assertThat(c.hostMission()).isEqualTo("MAR");
          assertThat(c.destinationCountry()).isEqualTo("CMR");
          assertThat(c.arrivedAt()).isEqualTo(at);
          assertThat(c.arrivedOn()).isEqualTo(LocalDate.ofInstant(at, ZoneOffset.UTC));
          assertThat(cases.planOf(caseId)).isEmpty();
        });

    // the same arrival handled again (a restart replays it) changes nothing
    scenario
        .publish(arrived)
        .andWaitForStateChange(() -> opened(caseId), n -> n >= 1)
        .andVerify(n -> assertThat(n).isEqualTo(1));
  }

  private long opened(CaseId caseId) {
    return jdbc.sql(
            "SELECT count(*) FROM audit_entry WHERE action = 'reintegration.case-opened'"
                + " AND subject_id = ?")
        .param(caseId.toString())
        .query(Long.class)
        .single();
  }
}
