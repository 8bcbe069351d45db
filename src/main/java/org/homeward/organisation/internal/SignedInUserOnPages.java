package org.homeward.organisation.internal;

import org.homeward.organisation.Permission;
import org.homeward.shared.web.PageController;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in user's name and mission, which the page header shows. */
@ControllerAdvice(annotations = PageController.class, assignableTypes = ErrorController.class)
class SignedInUserOnPages {

  /**
   * The signed-in user as the page header shows them, with what they may do, so that pages offer
   * only the links and buttons that will work ({@code signedIn.may('CASE_REGISTER')}).
   */
  public record ShownUser(
      String username,
      String displayName,
      String missionCode,
      java.util.Set<Permission> permissions) {

    public boolean may(String permission) {
      return permissions.contains(Permission.valueOf(permission));
    }
  }

  @ModelAttribute("signedIn")
  ShownUser signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
      return new ShownUser(
          user.getUsername(),
          user.displayName(),
          user.actor().missionCode(),
          java.util.Arrays.stream(Permission.values())
              .filter(user.actor()::may)
              .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }
    return null;
  }
}
