package org.homeward.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.Case;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.CaseStatusChanged;
import org.homeward.registry.Cases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** A departure hands a case's pairs over to the mission of the country it departed to. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class HandOversTest {

  static final Actor CASEWORKER = new Actor("caseworker.mar", "MAR", Set.of(Role.CASEWORKER));

  @Autowired Cases cases;
  @Autowired JdbcClient jdbc;

  @Test
  void aDepartureHandsTheCasesPairsOverToTheReceivingMission(Scenario scenario) {
    Case c = cases.register(household(), CASEWORKER);
    // the case departed (the registry's own steps are CaseLifecycleTest's business)
    jdbc.sql("UPDATE registry_case SET status = 'DEPARTED', handed_over = TRUE WHERE id = ?")
        .param(c.id().value())
        .update();
    long pair = queuePairWith(c);

    scenario
        .publish(
            new CaseStatusChanged(
                c.id(),
                "MAR",
                CaseStatus.BOOKED,
                CaseStatus.DEPARTED,
                null,
                "movement",
                Instant.now()))
        .andWaitForStateChange(() -> handedOver(pair), Boolean::booleanValue)
        .andVerify(handedOver -> assertThat(destinationOf(pair)).isEqualTo("CMR"));
  }

  private long queuePairWith(Case c) {
    return jdbc.sql(
            """
            INSERT INTO matching_candidate (person_a, case_a, mission_a, destination_a, person_b,
              case_b, mission_b, destination_b, probability, verdict, explanation, found_by, found_at)
            VALUES (?, ?, 'MAR', 'CMR', ?, ?, 'MAR', 'CMR', 0.9, 'POSSIBLE_DUPLICATE', '{}'::jsonb,
              'test', now())
            RETURNING id
            """)
        .params(
            c.members().getFirst().id().value(),
            c.id().value(),
            UUID.randomUUID(),
            UUID.randomUUID())
        .query(Long.class)
        .single();
  }

  private boolean handedOver(long pair) {
    return jdbc.sql("SELECT handed_over_a FROM matching_candidate WHERE id = ?")
        .param(pair)
        .query(Boolean.class)
        .single();
  }

  private String destinationOf(long pair) {
    return jdbc.sql("SELECT destination_a FROM matching_candidate WHERE id = ?")
        .param(pair)
        .query(String.class)
        .single();
  }

  private static CaseDetails household() {
    return new CaseDetails(
        "MAR",
        "CMR",
        "Douala",
        "Oujda",
        null,
        List.of(
            new CaseDetails.MemberDetails(
                null,
                "PRINCIPAL",
                "Paul",
                "Mbarga",
                List.of(),
                "M",
                "1990-05-06",
                false,
                "CMR",
                "Douala",
                List.of("fr"),
                null,
                "Oujda",
                List.of(),
                List.of(),
                null)),
        null);
  }
}
