package org.homeward.shared.database;

import com.zaxxer.hikari.HikariConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Pool settings shared by the embedded and the external database. */
@Component
class ConnectionSettings {

  /** Name search tolerates a misspelt word when at least half its trigrams agree. */
  static final String SESSION_SETUP = "SET pg_trgm.word_similarity_threshold = 0.5";

  private final int maximumPoolSize;

  ConnectionSettings(@Value("${homeward.db.pool-size:10}") int maximumPoolSize) {
    this.maximumPoolSize = maximumPoolSize;
  }

  void applyTo(HikariConfig config) {
    config.setMaximumPoolSize(maximumPoolSize);
    config.setConnectionInitSql(SESSION_SETUP);
    config.setConnectionTimeout(10_000);
  }
}
