package org.homeward.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoFundingTest {

  @LocalServerPort int port;

  @Test
  void printsTheStory() {
    ApiClient chief = ApiClient.as(port, "chief.mar");
    ApiClient.Response positions = chief.get("/api/v1/funding/positions");
    System.out.println("POSITIONS " + positions.status() + " " + positions.text());
    ApiClient.Response waiting = chief.get("/api/v1/funding/waiting-cases");
    System.out.println("WAITING " + waiting.status() + " " + waiting.text());
    ApiClient.Response appeal = chief.get("/api/v1/funding/appeals/1/position");
    System.out.println("APPEAL " + appeal.status() + " " + appeal.text());
    assertThat(positions.status()).isEqualTo(200);
  }
}
