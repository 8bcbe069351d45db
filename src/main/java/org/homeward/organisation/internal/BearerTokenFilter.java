package org.homeward.organisation.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API request that carries {@code Authorization: Bearer hw_…}: the token's owner,
 * narrowed to the token's permissions. A bad token (unknown, revoked, expired, or its owner
 * disabled) is answered 401 at once rather than falling back to anonymous. Not a bean, so the
 * servlet container does not also run it outside the API's security chain.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private final ApiTokens tokens;
  private final Clock clock;

  BearerTokenFilter(ApiTokens tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<SignedInUser> holder =
        tokens
            .authenticate(header.substring(7).strip())
            .filter(token -> token.owner().enabled())
            .map(token -> new SignedInUser(token.owner(), clock.instant(), token.permissions()));
    if (holder.isEmpty()) {
      SecurityContextHolder.clearContext();
      response.setHeader(
          HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Homeward\", error=\"invalid_token\"");
      SecurityProblems.write(
          response,
          401,
          "invalid-token",
          "Unauthorized",
          "this API token is unknown, revoked or expired");
      return;
    }
    SignedInUser user = holder.get();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      SecurityContextHolder.clearContext();
    }
  }
}
