package org.homeward.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Twelve eligibility decisions arrive at once, over HTTP, for cases that one project can pay for,
 * and it has money for five: exactly five are made eligible, each with its reservation, the other
 * seven are refused for want of funds, and the project's available money ends at zero, never below.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EligibilityRaceTest {

  static final int CASES = 12;
  static final int AFFORDABLE = 5;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void concurrentDecisionsOnAProjectWithMoneyForFiveCasesCommitExactlyFive() throws Exception {
    FundingFixture money = new FundingFixture(port);
    long donor = money.donor("Race donor");
    // a single person costs 150 + 50 on movement and 100 on reintegration: 300
    long project = money.project(donor, "NER", "USD", "150.00", "50.00", "100.00");
    String today = LocalDate.now().toString();
    money.contribute(donor, project, "1500.00", "USD", today, today);
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      cases.add(money.counselledSingle("NER"));
    }

    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(CASES);
    List<Future<Response>> answers = new ArrayList<>();
    for (String id : cases) {
      // each decision from its own client, as from a chief of mission's and caseworkers' browsers
      ApiClient client =
          ApiClient.as(port, answers.size() % 2 == 0 ? "chief.mar" : "caseworker.mar");
      answers.add(
          pool.submit(() -> {
            start.await();
            return money.makeEligible(client, id);
          }));
    }
    start.countDown();
    int eligible = 0;
    int refused = 0;
    for (Future<Response> answer : answers) {
      Response response = answer.get(120, TimeUnit.SECONDS);
      if (response.status() == 200) {
        eligible++;
      } else {
        assertThat(response.status()).as(response.text()).isEqualTo(409);
        assertThat(response.json().get("code").asString()).isEqualTo("transition-refused");
        assertThat(response.json().get("refusals").get(0).get("code").asString())
            .isEqualTo("no-funds");
        refused++;
      }
    }
    pool.shutdown();

    assertThat(eligible).isEqualTo(AFFORDABLE);
    assertThat(refused).isEqualTo(CASES - AFFORDABLE);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM funding_commitment WHERE project_id = ? AND status = 'RESERVED'")
                .param(project)
                .query(Long.class)
                .single())
        .isEqualTo(AFFORDABLE);
    assertThat(
            jdbc.sql(
                    "SELECT count(*) FROM registry_case WHERE id::text = ANY(?) AND status = 'ELIGIBLE'")
                .param(cases.toArray(String[]::new))
                .query(Long.class)
                .single())
        .isEqualTo(AFFORDABLE);
    JsonNode position =
        money.finance.get("/api/v1/funding/projects/" + project + "/position").json();
    assertThat(position.get("money").get("committed").asString()).isEqualTo("1500.00");
    assertThat(position.get("money").get("available").asString()).isEqualTo("0.00");
  }
}
