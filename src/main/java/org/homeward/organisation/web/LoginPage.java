package org.homeward.organisation.web;

import org.homeward.organisation.PublicEndpoint;
import org.homeward.shared.web.PageController;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks the form it posts to {@code /login}. */
@PageController
class LoginPage {

  @GetMapping("/login")
  @PublicEndpoint
  String login(Authentication authentication) {
    if (authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      return "redirect:/";
    }
    return "login";
  }
}
