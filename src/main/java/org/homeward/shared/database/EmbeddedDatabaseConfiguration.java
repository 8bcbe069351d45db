package org.homeward.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the application when no external server is configured, so one command
 * runs everything. The data directory lives under {@code homeward.home} and is kept across
 * restarts; setting {@code HOMEWARD_DB_URL} switches to an external server instead.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${homeward.db.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(@Value("${homeward.home}") Path home) {
    Path directory = home.resolve("postgres").toAbsolutePath().normalize();
    try {
      Files.createDirectories(directory);
      long started = System.nanoTime();
      EmbeddedPostgres postgres =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              // stopped by the application context, after everything that still needs it; the
              // library's own shutdown hook would stop it first, concurrently with that
              .setRegisterShutdownHook(false)
              .setServerConfig("timezone", "UTC")
              .setServerConfig("max_connections", "50")
              // Spring stops the server (destroyMethod) after the pool and everything using it
              // have closed; a hook of its own would stop it meanwhile, and whatever still needed
              // the database on the way out would wait for the pool's 30 s connection timeout
              .setRegisterShutdownHook(false)
              .start();
      log.info(
          "embedded PostgreSQL on port {} with data in {} ({} ms)",
          postgres.getPort(),
          directory,
          (System.nanoTime() - started) / 1_000_000);
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory, e);
    }
  }

  @Bean
  DataSource dataSource(EmbeddedPostgres postgres, ConnectionSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setPoolName("homeward");
    settings.applyTo(config);
    return new HikariDataSource(config);
  }
}
