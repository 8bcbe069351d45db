package org.homeward.organisation.internal;

import java.util.List;
import java.util.Optional;
import org.homeward.organisation.Mission;
import org.homeward.organisation.MissionKind;
import org.homeward.organisation.Missions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMissions implements Missions {

  private static final String SELECT =
      "SELECT code, name, kind, parent_code, country_code, chief_of_mission, phone, email, address"
          + " FROM organisation_mission";

  private final JdbcClient jdbc;

  JdbcMissions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Mission> find(String code) {
    return jdbc.sql(SELECT + " WHERE code = ?").param(code).query(JdbcMissions::map).optional();
  }

  @Override
  public List<Mission> all() {
    return jdbc.sql(SELECT + " ORDER BY code").query(JdbcMissions::map).list();
  }

  /** The mission and every office below it. */
  List<String> withDescendants(String code) {
    return jdbc.sql(
            """
            WITH RECURSIVE tree(code) AS (
              SELECT code FROM organisation_mission WHERE code = ?
              UNION ALL
              SELECT m.code FROM organisation_mission m JOIN tree t ON m.parent_code = t.code)
            SELECT code FROM tree
            """)
        .param(code)
        .query(String.class)
        .list();
  }

  private static Mission map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Mission(
        rs.getString("code"),
        rs.getString("name"),
        MissionKind.valueOf(rs.getString("kind")),
        rs.getString("parent_code"),
        rs.getString("country_code"),
        new Mission.Contact(
            rs.getString("chief_of_mission"),
            rs.getString("phone"),
            rs.getString("email"),
            rs.getString("address")));
  }
}
