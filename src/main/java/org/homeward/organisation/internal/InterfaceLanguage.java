package org.homeward.organisation.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The language of the web pages. {@code ?lang=fr|en|ar} on any page switches it; the choice is kept
 * in a cookie and on the user's account, so that it follows the user to another browser when they
 * sign in there. Until someone chooses, the browser's {@code Accept-Language} decides.
 */
@Configuration(proxyBeanMethods = false)
class InterfaceLanguage implements WebMvcConfigurer {

  static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("ar"));
  static final String PARAMETER = "lang";
  static final String COOKIE = "homeward-lang";

  private final Users users;
  private final LocaleResolver resolver = cookieThenBrowser();

  InterfaceLanguage(Users users) {
    this.users = users;
  }

  /** The one supported language {@code tag} names, if it names one. */
  static Optional<Locale> supported(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    return SUPPORTED.stream().filter(l -> l.getLanguage().equals(tag.strip())).findFirst();
  }

  @Bean
  LocaleResolver localeResolver() {
    return resolver;
  }

  private static LocaleResolver cookieThenBrowser() {
    AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();
    browser.setSupportedLocales(SUPPORTED);
    browser.setDefaultLocale(Locale.ENGLISH);
    CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSameSite("Lax");
    resolver.setCookieHttpOnly(true);
    resolver.setDefaultLocaleFunction(browser::resolveLocale);
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry
        .addInterceptor(
            new HandlerInterceptor() {
              @Override
              public boolean preHandle(
                  HttpServletRequest request, HttpServletResponse response, Object handler) {
                supported(request.getParameter(PARAMETER))
                    .ifPresent(chosen -> {
                      resolver.setLocale(request, response, chosen);
                      signedIn().ifPresent(user -> users.setLanguage(user, chosen.getLanguage()));
                    });
                return true;
              }
            })
        .excludePathPatterns("/api/**");
  }

  /**
   * After signing in: a language chosen in this browser (on the login page, say) becomes the
   * user's; otherwise the language the user chose last time, anywhere, is applied.
   */
  SavedRequestAwareAuthenticationSuccessHandler onSignIn() {
    return new SavedRequestAwareAuthenticationSuccessHandler() {
      @Override
      public void onAuthenticationSuccess(
          HttpServletRequest request, HttpServletResponse response, Authentication authentication)
          throws IOException, jakarta.servlet.ServletException {
        if (authentication.getPrincipal() instanceof SignedInUser user) {
          Optional<Locale> chosenHere = supported(cookie(request));
          if (chosenHere.isPresent()) {
            users.setLanguage(user.getUsername(), chosenHere.get().getLanguage());
          } else {
            supported(user.language())
                .ifPresent(saved -> resolver.setLocale(request, response, saved));
          }
        }
        super.onAuthenticationSuccess(request, response, authentication);
      }
    };
  }

  private static String cookie(HttpServletRequest request) {
    if (request.getCookies() == null) {
      return null;
    }
    for (Cookie cookie : request.getCookies()) {
      if (COOKIE.equals(cookie.getName())) {
        return cookie.getValue();
      }
    }
    return null;
  }

  private static Optional<String> signedIn() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
      return Optional.of(user.getUsername());
    }
    return Optional.empty();
  }
}
