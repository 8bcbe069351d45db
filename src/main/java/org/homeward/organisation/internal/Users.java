package org.homeward.organisation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
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
      boolean enabled,
      String email,
      Instant lockedUntil,
      boolean secondFactor) {

    boolean lockedAt(Instant now) {
      return lockedUntil != null && lockedUntil.isAfter(now);
    }
  }

  /** The columns {@link #map} reads, for statements that read a user along with something else. */
  static final String COLUMNS =
      "username, display_name, password_hash, mission_code, roles, language, enabled, email,"
          + " locked_until, totp_enabled";

  private static final String SELECT = "SELECT " + COLUMNS + " FROM organisation_user";

  private final JdbcClient jdbc;
  private final VerifiedPasswords verifiedPasswords;

  Users(JdbcClient jdbc, VerifiedPasswords verifiedPasswords) {
    this.jdbc = jdbc;
    this.verifiedPasswords = verifiedPasswords;
  }

  Optional<StoredUser> find(String username) {
    return jdbc.sql(SELECT + " WHERE username = ?").param(username).query(Users::map).optional();
  }

  Optional<StoredUser> findByEmail(String email) {
    return jdbc.sql(SELECT + " WHERE email = lower(?)").param(email).query(Users::map).optional();
  }

  List<StoredUser> all() {
    return jdbc.sql(SELECT + " ORDER BY username").query(Users::map).list();
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
    add(username, displayName, passwordHash, missionCode, roles, language, null);
  }

  void add(
      String username,
      String displayName,
      String passwordHash,
      String missionCode,
      Collection<Role> roles,
      String language,
      String email) {
    jdbc.sql(
            "INSERT INTO organisation_user (username, display_name, password_hash, mission_code,"
                + " roles, language, email) VALUES (?, ?, ?, ?, ?::text[], ?, lower(?))")
        .params(username, displayName, passwordHash, missionCode, roleNames(roles), language, email)
        .update();
  }

  void changePassword(String username, String passwordHash) {
    verifiedPasswords.forget(username);
    jdbc.sql("UPDATE organisation_user SET password_hash = ? WHERE username = ?")
        .params(passwordHash, username)
        .update();
  }

  void changeRoles(String username, Collection<Role> roles) {
    verifiedPasswords.forget(username);
    jdbc.sql("UPDATE organisation_user SET roles = ?::text[] WHERE username = ?")
        .params(roleNames(roles), username)
        .update();
  }

  void changeEnabled(String username, boolean enabled) {
    verifiedPasswords.forget(username);
    jdbc.sql("UPDATE organisation_user SET enabled = ? WHERE username = ?")
        .params(enabled, username)
        .update();
  }

  /** Enabled administrators other than {@code username}: one must always remain. */
  long otherActiveAdministrators(String username) {
    return jdbc.sql(
            "SELECT count(*) FROM organisation_user WHERE enabled AND username <> ?"
                + " AND 'ADMINISTRATOR' = ANY (roles)")
        .param(username)
        .query(Long.class)
        .single();
  }

  private static String[] roleNames(Collection<Role> roles) {
    return roles.stream().map(Role::name).sorted().toArray(String[]::new);
  }

  static StoredUser map(ResultSet rs, int row) throws SQLException {
    String[] roles = (String[]) rs.getArray("roles").getArray();
    EnumSet<Role> parsed = EnumSet.noneOf(Role.class);
    Arrays.stream(roles).map(Role::valueOf).forEach(parsed::add);
    Timestamp lockedUntil = rs.getTimestamp("locked_until");
    return new StoredUser(
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        rs.getString("mission_code"),
        parsed,
        rs.getString("language"),
        rs.getBoolean("enabled"),
        rs.getString("email"),
        lockedUntil == null ? null : lockedUntil.toInstant(),
        rs.getBoolean("totp_enabled"));
  }
}
