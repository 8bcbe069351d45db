package org.homeward.organisation.web;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.homeward.organisation.Permission;
import org.homeward.organisation.internal.ApiTokens;

/** A token as listed: everything but its secret. */
record TokenResponse(
    UUID id,
    String name,
    Set<Permission> permissions,
    Instant createdAt,
    Instant expiresAt,
    Instant lastUsedAt,
    Instant revokedAt) {

  static TokenResponse of(ApiTokens.TokenSummary token) {
    return new TokenResponse(
        token.id(),
        token.name(),
        token.permissions(),
        token.createdAt(),
        token.expiresAt(),
        token.lastUsedAt(),
        token.revokedAt());
  }
}
