package org.homeward.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.homeward.registry.Case;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.CaseRegistered;
import org.homeward.registry.Cases;
import org.homeward.registry.Households;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** A new registration is screened, and a possible duplicate of its members is queued for review. */
@ApplicationModuleTest(ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class ScreeningTest {

  static final Actor CASEWORKER = new Actor("caseworker.mar", "MAR", Set.of(Role.CASEWORKER));

  @Autowired Cases cases;
  @Autowired JdbcClient jdbc;

  @Test
  void registeringSomeoneAlreadyRegisteredQueuesThePairForReview(Scenario scenario) {
    String family = Households.uniqueFamilyName();
    Case first =
        cases.register(single("Esther", family, "1989-02-11", "+212677777777"), CASEWORKER);
    AtomicReference<Case> second = new AtomicReference<>();

    scenario
        .stimulate(() ->
            second.set(cases.register(single("Ester", family, "1989-02-11", null), CASEWORKER)))
        .andWaitForStateChange(
            () -> second.get() == null ? 0 : pairsOf(first, second.get()), n -> n > 0)
        .andVerify(n -> assertThat(n).isEqualTo(1));
  }

  @Test
  void aRegistrationScreenedAgainQueuesItsPossibleDuplicateAgain(Scenario scenario) {
    String family = Households.uniqueFamilyName();
    Case first =
        cases.register(single("Esther", family, "1991-07-23", "+212677777777"), CASEWORKER);
    Case second = cases.register(single("Ester", family, "1991-07-23", null), CASEWORKER);
    // the registrations' own screening queues the pair; once both are screened, forget it, so that
    // only the event published below can queue it again
    waitUntil(() -> pairsOf(first, second) > 0 && unscreened(first) + unscreened(second) == 0);
    jdbc.sql(
            "DELETE FROM matching_candidate WHERE LEAST(person_a, person_b) = LEAST(?::uuid, ?::uuid)"
                + " AND GREATEST(person_a, person_b) = GREATEST(?::uuid, ?::uuid)")
        .params(personOf(first), personOf(second), personOf(first), personOf(second))
        .update();
    assertThat(pairsOf(first, second)).isZero();

    scenario
        .publish(new CaseRegistered(second.id(), second.caseNumber(), "MAR", Instant.now()))
        .andWaitForStateChange(() -> pairsOf(first, second), n -> n > 0)
        .andVerify(n -> assertThat(screenedWith(first)).contains(personOf(second)));
  }

  /** Open pairs in the review queue of {@code a}'s and {@code b}'s members, either way round. */
  private long pairsOf(Case a, Case b) {
    return jdbc.sql(
            "SELECT count(*) FROM matching_candidate WHERE status = 'OPEN' AND"
                + " ((person_a = ? AND person_b = ?) OR (person_a = ? AND person_b = ?))")
        .params(personOf(a), personOf(b), personOf(b), personOf(a))
        .query(Long.class)
        .single();
  }

  /** The people screened when a pair with {@code c}'s member, found in the registry, was queued. */
  private List<UUID> screenedWith(Case c) {
    return jdbc.sql("SELECT person_b FROM matching_candidate WHERE person_a = ?")
        .param(personOf(c))
        .query(UUID.class)
        .list();
  }

  private long unscreened(Case c) {
    return jdbc.sql(
            "SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
                + " AND serialized_event LIKE ?")
        .param("%" + c.id().value() + "%")
        .query(Long.class)
        .single();
  }

  private static UUID personOf(Case c) {
    return c.members().getFirst().id().value();
  }

  private static void waitUntil(java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 30 s for screening").isLessThan(deadline);
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static CaseDetails single(
      String givenName, String familyName, String dateOfBirth, String phone) {
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
                givenName,
                familyName,
                List.of(),
                "F",
                dateOfBirth,
                false,
                "CMR",
                "Douala",
                List.of("fr"),
                phone,
                "Oujda",
                List.of(),
                List.of(),
                null)),
        null);
  }
}
