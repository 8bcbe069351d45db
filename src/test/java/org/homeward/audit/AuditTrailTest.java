package org.homeward.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The trail can only grow: the database itself refuses to change or remove an entry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditTrailTest {

  @Autowired JdbcClient jdbc;

  @Test
  void refusesToChangeOrRemoveAnEntry() {
    long entries = jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
    assertThat(entries).isPositive();

    assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'someone else'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
        .hasMessageContaining("append-only");
    assertThat(jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single())
        .isGreaterThanOrEqualTo(entries);
  }
}
