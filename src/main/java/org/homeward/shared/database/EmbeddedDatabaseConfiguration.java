package org.homeward.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts PostgreSQL inside the application when no external server is configured, so one command
 * runs everything. The data directory lives under {@code homeward.home} and is kept across
 * restarts; setting {@code HOMEWARD_DB_URL} switches to an external server instead. See {@link
 * EmbeddedPostgresServer} for what makes it a production database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${homeward.db.url:}'.isBlank()")
class EmbeddedDatabaseConfiguration {

  // Spring stops the server (destroyMethod) after the pool and everything using it have closed
  @Bean(destroyMethod = "close")
  EmbeddedPostgresServer embeddedPostgres(
      @Value("${homeward.home}") Path home,
      @Value("${homeward.db.embedded.binaries:}") String binaries,
      @Value("${homeward.db.embedded.port:0}") int port,
      @Value("${homeward.db.embedded.stop-timeout:5m}") Duration stopTimeout,
      Environment environment) {
    Map<String, String> overrides =
        Binder.get(environment)
            .bind("homeward.db.embedded.settings", Bindable.mapOf(String.class, String.class))
            .orElse(Map.of());
    Path programs = binaries.isBlank() ? home.resolve("postgres-binaries") : Path.of(binaries);
    return EmbeddedPostgresServer.start(
        new EmbeddedPostgresServer.Settings(home, programs, port, stopTimeout, overrides));
  }

  @Bean
  DataSource dataSource(EmbeddedPostgresServer postgres, ConnectionSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.jdbcUrl());
    config.setUsername(postgres.user());
    config.setPassword(postgres.password());
    config.setPoolName("homeward");
    settings.applyTo(config);
    return new HikariDataSource(config);
  }
}
