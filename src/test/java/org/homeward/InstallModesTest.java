package org.homeward;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import org.homeward.shared.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A real install starts empty with one administrator, and can use an external PostgreSQL. */
class InstallModesTest {

  @TempDir Path home;

  @Test
  void aRealInstallHasNoDemoDataAndOneAdministratorWithTheGivenPassword() {
    try (ConfigurableApplicationContext app =
        start("--homeward.demo=false", "--homeward.admin.initial-password=first-Install-Pa55")) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      assertThat(jdbc.sql("SELECT username FROM organisation_user").query(String.class).list())
          .containsExactly("admin");
      assertThat(jdbc.sql("SELECT count(*) FROM registry_case").query(Long.class).single())
          .isZero();

      int port = ((WebServerApplicationContext) app).getWebServer().getPort();
      assertThat(ApiClient.as(port, "admin", "first-Install-Pa55").get("/api/v1/me").status())
          .isEqualTo(200);
      assertThat(ApiClient.as(port, "caseworker.mar").get("/api/v1/me").status()).isEqualTo(401);
    }
  }

  @Test
  void usesTheExternalServerNamedByTheDatabaseUrlAndStartsNoEmbeddedOne() throws Exception {
    try (EmbeddedPostgres server =
        EmbeddedPostgres.builder().setDataDirectory(home.resolve("external")).start()) {
      String url = server.getJdbcUrl("postgres", "postgres");
      try (ConfigurableApplicationContext app =
          start(
              "--homeward.db.url=" + url, "--homeward.db.user=postgres", "--homeward.demo=false")) {
        assertThat(app.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
        assertThat(home.resolve("postgres")).doesNotExist();
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SELECT inet_server_port()").query(Integer.class).single())
            .isEqualTo(server.getPort());
        assertThat(jdbc.sql("SELECT count(*) FROM organisation_mission").query(Long.class).single())
            .isPositive();
      }
    }
  }

  private ConfigurableApplicationContext start(String... args) {
    String[] all = new String[args.length + 2];
    all[0] = "--server.port=0";
    all[1] = "--homeward.home=" + home;
    System.arraycopy(args, 0, all, 2, args.length);
    return new SpringApplicationBuilder(HomewardApplication.class).run(all);
  }
}
