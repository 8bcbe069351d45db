package org.homeward.organisation.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.homeward.shared.web.RequestIdFilter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tells the request log who a request was signed in as. The log line is written after the security
 * chain has finished and cleared its context, so the name is left on the request for it. Not a
 * bean, so it runs only inside the security chains, once the request is authenticated.
 */
final class RequestUserFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
      request.setAttribute(RequestIdFilter.SIGNED_IN_USER, user.getUsername());
    }
    chain.doFilter(request, response);
  }
}
