package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.homeward.ApiClient.Response;
import org.homeward.registry.Households;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** Stop the server and start it again on the same home folder: everything is still there. */
class RestartPersistenceTest {

  @TempDir Path home;

  @Test
  void keepsCasesHistoryAndDemoDataAcrossARestart() {
    String id;
    String caseNumber;
    long total;
    try (ConfigurableApplicationContext first = start()) {
      ApiClient api = ApiClient.as(port(first), "caseworker.mar");
      Response created =
          api.post("/api/v1/cases", Households.familyOfThree(Households.uniqueFamilyName()));
      id = created.json().get("id").asString();
      caseNumber = created.json().get("caseNumber").asString();
      api.post(
          "/api/v1/cases/" + id + "/transitions",
          Map.of("to", "COUNSELLED", "reason", "first session"));
      total = api.get("/api/v1/cases?size=1").json().get("total").asLong();
    }

    try (ConfigurableApplicationContext second = start()) {
      ApiClient api = ApiClient.as(port(second), "caseworker.mar");
      Response read = api.get("/api/v1/cases/" + id);
      assertThat(read.status()).isEqualTo(200);
      assertThat(read.json().get("caseNumber").asString()).isEqualTo(caseNumber);
      assertThat(read.json().get("status").asString()).isEqualTo("COUNSELLED");
      assertThat(api.get("/api/v1/cases/" + id + "/history").json())
          .extracting(e -> e.get("action").asString())
          .containsExactly("case.registered", "case.transitioned");
      // the demo scenario is loaded on the first start only
      assertThat(api.get("/api/v1/cases?size=1").json().get("total").asLong()).isEqualTo(total);
      Response next =
          api.post("/api/v1/cases", Households.familyOfThree(Households.uniqueFamilyName()));
      assertThat(next.json().get("caseNumber").asString()).isNotEqualTo(caseNumber);
    }
  }

  private ConfigurableApplicationContext start() {
    return new SpringApplicationBuilder(HomewardApplication.class)
        .run("--server.port=0", "--homeward.home=" + home, "--homeward.demo=true");
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }
}
