package org.homeward.organisation.web;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.homeward.organisation.Permission;
import org.homeward.organisation.internal.ApiTokens;

/** A new token, with the secret the only time it is shown: send it as "Bearer &lt;token&gt;". */
record CreatedTokenResponse(
    UUID id,
    String name,
    Set<Permission> permissions,
    Instant createdAt,
    Instant expiresAt,
    String token) {

  static CreatedTokenResponse of(ApiTokens.CreatedToken created) {
    ApiTokens.TokenSummary token = created.token();
    return new CreatedTokenResponse(
        token.id(),
        token.name(),
        token.permissions(),
        token.createdAt(),
        token.expiresAt(),
        created.secret());
  }
}
