package org.homeward.organisation.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.homeward.organisation.Actor;
import org.homeward.organisation.PublicEndpoint;
import org.homeward.organisation.Requires;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks, before any controller method runs, the permission it declares with {@link Requires}.
 * Default deny: a handler that declares neither a permission nor {@link PublicEndpoint} is refused,
 * so an endpoint added without an access rule cannot leak anything.
 */
@Component
class PermissionInterceptor implements HandlerInterceptor {

  private static final Logger log = LoggerFactory.getLogger(PermissionInterceptor.class);

  /** A handler's rule, looked up once: the annotations of a method do not change. */
  private record Rule(boolean open, Requires requires) {}

  private record Handler(Class<?> type, Method method) {}

  private final Map<Handler, Rule> rules = new ConcurrentHashMap<>();

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method) || isFrameworkHandler(method)) {
      return true;
    }
    Rule rule =
        rules.computeIfAbsent(
            new Handler(method.getBeanType(), method.getMethod()),
            h -> new Rule(isPublic(method), requirement(method)));
    if (rule.open()) {
      return true;
    }
    Requires requires = rule.requires();
    if (requires == null) {
      log.error(
          "refused {} {}: {} declares no access rule",
          request.getMethod(),
          request.getRequestURI(),
          method);
      throw new AccessDeniedException("this endpoint has no access rule");
    }
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    Actor actor =
        authentication != null && authentication.getPrincipal() instanceof SignedInUser user
            ? user.actor()
            : null;
    if (actor == null || !actor.may(requires.value())) {
      throw new AccessDeniedException("your roles do not include " + requires.value());
    }
    return true;
  }

  static Requires requirement(HandlerMethod method) {
    Requires onMethod =
        AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Requires.class);
    return onMethod != null
        ? onMethod
        : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Requires.class);
  }

  static boolean isPublic(HandlerMethod method) {
    return AnnotatedElementUtils.hasAnnotation(method.getMethod(), PublicEndpoint.class)
        || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PublicEndpoint.class);
  }

  /**
   * The framework's own endpoints (error page, API description, health) are guarded by the security
   * filter chain's list of public paths instead.
   */
  static boolean isFrameworkHandler(HandlerMethod method) {
    return !method.getBeanType().getName().startsWith("org.homeward.");
  }
}
