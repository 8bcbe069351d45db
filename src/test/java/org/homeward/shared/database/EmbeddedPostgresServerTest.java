package org.homeward.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server is durable, closed to other local processes, and one per home folder. */
class EmbeddedPostgresServerTest {

  @TempDir Path home;

  @Test
  void runsWithPostgresqlsDurableSettingsAndDataChecksums() throws Exception {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings(home));
        Connection db = application(server)) {
      assertThat(show(db, "fsync")).isEqualTo("on");
      assertThat(show(db, "synchronous_commit")).isEqualTo("on");
      assertThat(show(db, "full_page_writes")).isEqualTo("on");
      assertThat(show(db, "data_checksums")).isEqualTo("on");
      assertThat(show(db, "listen_addresses")).isEqualTo("127.0.0.1");
    }
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings(home));
        Connection admin = server.superuserConnection("template1")) {
      assertThat(show(admin, "unix_socket_directories")).isEmpty();
    }
  }

  @Test
  void letsOnlyItsOwnRolesInWithTheirGeneratedPasswords() throws Exception {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings(home))) {
      String url = server.jdbcUrl();
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", ""))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "postgres"))
          .isInstanceOf(SQLException.class);
      assertThatThrownBy(() -> DriverManager.getConnection(url, "homeward", "wrong"))
          .isInstanceOf(SQLException.class);
      try (Connection db = application(server);
          Statement sql = db.createStatement();
          ResultSet rs =
              sql.executeQuery(
                  "SELECT rolsuper, current_database(),"
                      + " (SELECT pg_get_userbyid(datdba) FROM pg_database"
                      + "   WHERE datname = current_database())"
                      + " FROM pg_roles WHERE rolname = current_user")) {
        rs.next();
        assertThat(rs.getBoolean(1)).as("the application's role is a superuser").isFalse();
        assertThat(rs.getString(2)).isEqualTo("homeward");
        assertThat(rs.getString(3)).isEqualTo("homeward");
      }
      try (Connection admin = server.superuserConnection("template1");
          Statement sql = admin.createStatement();
          ResultSet rs = sql.executeQuery("SELECT DISTINCT auth_method FROM pg_hba_file_rules")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("scram-sha-256");
        assertThat(rs.next()).isFalse();
      }
      assertThat(Files.getPosixFilePermissions(DatabaseCredentials.file(home)))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
      // nothing listens on the machine's other addresses
      for (InetAddress address : otherAddresses()) {
        try (Socket socket = new Socket()) {
          assertThatThrownBy(
                  () -> socket.connect(new InetSocketAddress(address, server.port()), 1000))
              .as("reachable on " + address)
              .isInstanceOf(java.io.IOException.class);
        }
      }
    }
  }

  @Test
  void refusesASecondServerOnTheSameHomeAndKeepsTheFirstRunning() throws Exception {
    try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(settings(home))) {
      assertThatThrownBy(() -> EmbeddedPostgresServer.start(settings(home)))
          .isInstanceOf(HomeLock.HomeInUseException.class)
          .hasMessageContaining("is in use by another Homeward")
          .hasMessageContaining("Nothing was changed");
      try (Connection db = application(first)) {
        assertThat(show(db, "fsync")).isEqualTo("on");
      }
    }
    // released on stop: the next start takes the home
    try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(settings(home));
        Connection db = application(again)) {
      assertThat(show(db, "server_version")).startsWith("17");
    }
  }

  @Test
  void takesOverAClusterOfAnEarlierVersionWithItsDataAndClosesIt() throws Exception {
    // an earlier version: the library's test defaults, trust for everyone, data in 'postgres'
    Path data = EmbeddedPostgresServer.dataDirectory(home);
    try (EmbeddedPostgres earlier =
            EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start();
        Connection db = earlier.getPostgresDatabase().getConnection();
        Statement sql = db.createStatement()) {
      sql.execute("CREATE TABLE flyway_schema_history (installed_rank INT PRIMARY KEY)");
      sql.execute("CREATE TABLE registry_case (id INT PRIMARY KEY, name TEXT)");
      sql.execute("CREATE SEQUENCE registry_case_number_seq");
      sql.execute("INSERT INTO registry_case VALUES (1, 'Marie Mbarga'), (2, 'Paul Mbarga')");
    }
    Files.deleteIfExists(data.resolve("epg-lock"));

    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(settings(home));
        Connection db = application(server);
        Statement sql = db.createStatement()) {
      try (ResultSet rs =
          sql.executeQuery("SELECT string_agg(name, ',' ORDER BY id) FROM registry_case")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualTo("Marie Mbarga,Paul Mbarga");
      }
      // the application's role owns what it migrates
      sql.execute("ALTER TABLE registry_case ADD COLUMN phone TEXT");
      sql.execute("SELECT nextval('registry_case_number_seq')");
      assertThat(show(db, "fsync")).isEqualTo("on");
      assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", ""))
          .isInstanceOf(SQLException.class);
    }
  }

  private static EmbeddedPostgresServer.Settings settings(Path home) {
    return new EmbeddedPostgresServer.Settings(
        home, Path.of("target/postgres-binaries"), 0, Duration.ofMinutes(1), Map.of());
  }

  private static Connection application(EmbeddedPostgresServer server) throws SQLException {
    return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
  }

  private static String show(Connection db, String setting) throws SQLException {
    try (Statement sql = db.createStatement();
        ResultSet rs = sql.executeQuery("SHOW " + setting)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static List<InetAddress> otherAddresses() throws Exception {
    return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
        .flatMap(NetworkInterface::inetAddresses)
        .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
        .map(a -> (InetAddress) a)
        .toList();
  }
}
