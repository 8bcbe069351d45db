package org.homeward.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Uses the PostgreSQL server named by {@code HOMEWARD_DB_URL} (with user and password). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${homeward.db.url:}'.isBlank()")
class ExternalDatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(ExternalDatabaseConfiguration.class);

  @Bean
  DataSource dataSource(
      @Value("${homeward.db.url}") String url,
      @Value("${homeward.db.user:}") String user,
      @Value("${homeward.db.password:}") String password,
      ConnectionSettings settings) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(user);
    config.setPassword(password);
    config.setPoolName("homeward");
    settings.applyTo(config);
    // the address without its query string, which may carry a password
    log.info(
        "database: external PostgreSQL at {} as '{}' (HOMEWARD_DB_URL); no embedded server",
        url.replaceAll("\\?.*$", ""),
        user);
    return new HikariDataSource(config);
  }
}
