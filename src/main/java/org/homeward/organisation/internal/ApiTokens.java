package org.homeward.organisation.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens for scripts and integrations. A token carries a subset of its owner's
 * permissions and expires; it is shown once when created and stored only as its SHA-256 hash (it is
 * 256 random bits, so a fast hash is enough: there is nothing to guess). A request made with it
 * acts as its owner, narrowed to the token's permissions and to what the owner's roles grant at the
 * time of the request.
 */
@Service
public class ApiTokens {

  private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

  /** Every Homeward token starts so, which lets secret scanners recognise a leaked one. */
  public static final String PREFIX = "hw_";

  public static final int DEFAULT_DAYS = 90;
  public static final int MAXIMUM_DAYS = 365;

  /** Last-use time is written at most this often per token, not on every request. */
  private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

  public record TokenSummary(
      UUID id,
      String name,
      Set<Permission> permissions,
      Instant createdAt,
      Instant expiresAt,
      Instant lastUsedAt,
      Instant revokedAt) {}

  /** A new token: {@code secret} is the only time anyone sees it. */
  public record CreatedToken(TokenSummary token, String secret) {}

  /** Whose token it is and what it may do; found when the token is valid. */
  record TokenHolder(UUID id, Users.StoredUser owner, Set<Permission> permissions) {}

  private final JdbcClient jdbc;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public CreatedToken create(
      Actor actor, String name, Set<Permission> permissions, Integer expiresInDays) {
    int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
    Violations.require(v -> {
      v.check(
          name != null && !name.isBlank() && name.strip().length() <= 100,
          "name",
          "required",
          "a name of 1 to 100 characters, to recognise the token later");
      if (v.check(
          permissions != null && !permissions.isEmpty() && !permissions.contains(null),
          "permissions",
          "required",
          "at least one permission")) {
        Set<Permission> beyond = EnumSet.copyOf(permissions);
        beyond.removeAll(actor.permissions());
        v.check(
            beyond.isEmpty(),
            "permissions",
            "beyond-your-rights",
            "a token can only carry permissions you hold yourself; not yours: " + beyond);
      }
      v.check(
          days >= 1 && days <= MAXIMUM_DAYS,
          "expiresInDays",
          "out-of-range",
          "a token lives 1 to " + MAXIMUM_DAYS + " days");
    });
    byte[] random32 = new byte[32];
    random.nextBytes(random32);
    String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random32);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    TokenSummary token =
        new TokenSummary(
            UUID.randomUUID(),
            name.strip(),
            EnumSet.copyOf(permissions),
            now,
            now.plus(Duration.ofDays(days)),
            null,
            null);
    jdbc.sql(
            "INSERT INTO organisation_api_token (id, username, name, token_hash, permissions,"
                + " created_at, expires_at) VALUES (?, ?, ?, ?, ?::text[], ?, ?)")
        .params(
            token.id(),
            actor.username(),
            token.name(),
            hash(secret),
            token.permissions().stream().map(Enum::name).sorted().toArray(String[]::new),
            Timestamp.from(token.createdAt()),
            Timestamp.from(token.expiresAt()))
        .update();
    log.info(
        "API token '{}' created for '{}' with {}", token.name(), actor.username(), permissions);
    return new CreatedToken(token, secret);
  }

  public List<TokenSummary> list(Actor actor) {
    return jdbc.sql(
            "SELECT id, name, permissions, created_at, expires_at, last_used_at, revoked_at"
                + " FROM organisation_api_token WHERE username = ? ORDER BY created_at, id")
        .param(actor.username())
        .query(ApiTokens::map)
        .list();
  }

  /** Revokes one of the actor's own tokens; someone else's is as unknown as a missing one. */
  public void revoke(Actor actor, UUID id) {
    int found =
        jdbc.sql(
                "UPDATE organisation_api_token SET revoked_at = coalesce(revoked_at, ?)"
                    + " WHERE id = ? AND username = ?")
            .params(Timestamp.from(clock.instant()), id, actor.username())
            .update();
    if (found == 0) {
      throw new NotFoundException("API token", id);
    }
    log.info("API token {} of '{}' revoked", id, actor.username());
  }

  /** The holder of a valid (known, unrevoked, unexpired) token; records that it was used. */
  Optional<TokenHolder> authenticate(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    // one statement, with the token's owner: every API request signed with a token runs it
    Optional<TokenHolder> holder =
        jdbc.sql(
                """
                WITH found AS (
                  SELECT id, username, permissions FROM organisation_api_token
                  WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?),
                used AS (
                  UPDATE organisation_api_token t SET last_used_at = ? FROM found
                  WHERE t.id = found.id AND (t.last_used_at IS NULL OR t.last_used_at < ?))
                SELECT found.id, found.permissions, %s
                FROM found JOIN organisation_user u USING (username)
                """
                    .formatted(Users.COLUMNS))
            .params(
                hash(secret),
                Timestamp.from(now),
                Timestamp.from(now),
                Timestamp.from(now.minus(LAST_USE_PRECISION)))
            .query((rs, row) ->
                new TokenHolder(
                    rs.getObject("id", UUID.class), Users.map(rs, row), permissions(rs)))
            .optional();
    return holder;
  }

  static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static TokenSummary map(ResultSet rs, int row) throws SQLException {
    return new TokenSummary(
        rs.getObject("id", UUID.class),
        rs.getString("name"),
        permissions(rs),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("expires_at")),
        instant(rs.getTimestamp("last_used_at")),
        instant(rs.getTimestamp("revoked_at")));
  }

  private static Set<Permission> permissions(ResultSet rs) throws SQLException {
    EnumSet<Permission> parsed = EnumSet.noneOf(Permission.class);
    Arrays.stream((String[]) rs.getArray("permissions").getArray())
        .map(Permission::valueOf)
        .forEach(parsed::add);
    return parsed;
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
