package org.homeward.organisation.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.homeward.organisation.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user accounts, as stored. Passwords only ever as hashes. */
@Repository
class Users {

  record StoredUser(
      String username,
      String displayName,
      String passwordHash,
      String missionCode,
      Set<Role> roles,
      String language,
      boolean enabled) {}

  private final JdbcClient jdbc;

  Users(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StoredUser> find(String username) {
    return jdbc.sql(
            "SELECT username, display_name, password_hash, mission_code, roles, language, enabled"
                + " FROM organisation_user WHERE username = ?")
        .param(username)
        .query((rs, row) -> {
          String[] roles = (String[]) rs.getArray("roles").getArray();
          EnumSet<Role> parsed = EnumSet.noneOf(Role.class);
          Arrays.stream(roles).map(Role::valueOf).forEach(parsed::add);
          return new StoredUser(
              rs.getString("username"),
              rs.getString("display_name"),
              rs.getString("password_hash"),
              rs.getString("mission_code"),
              parsed,
              rs.getString("language"),
              rs.getBoolean("enabled"));
        })
        .optional();
  }

  /** Remembers the interface language the user chose, so that it follows them to any browser. */
  void setLanguage(String username, String language) {
    jdbc.sql("UPDATE organisation_user SET language = ? WHERE username = ? AND language <> ?")
        .params(language, username, language)
        .update();
  }

  boolean any() {
    return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organisation_user)")
        .query(Boolean.class)
        .single();
  }

  void add(
      String username,
      String displayName,
      String passwordHash,
      String missionCode,
      Collection<Role> roles,
      String language) {
    jdbc.sql(
            "INSERT INTO organisation_user (username, display_name, password_hash, mission_code,"
                + " roles, language) VALUES (?, ?, ?, ?, ?::text[], ?)")
        .params(
            username,
            displayName,
            passwordHash,
            missionCode,
            roles.stream().map(Role::name).toArray(String[]::new),
            language)
        .update();
  }
}
