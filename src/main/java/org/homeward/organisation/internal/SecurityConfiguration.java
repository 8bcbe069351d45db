package org.homeward.organisation.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Nothing but health, the API description and public pages is reachable without signing in. The API
 * is stateless (HTTP Basic, no session, so no CSRF exposure); the web pages use a session with a
 * login form and CSRF protection.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String[] PUBLIC = {
    "/actuator/health",
    "/actuator/health/**",
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/swagger-ui/**",
    "/swagger-ui.html",
    "/error",
    "/login",
    "/webjars/**",
    "/css/**",
    "/js/**",
    "/images/**",
    "/favicon.ico",
    "/public/**"
  };

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .httpBasic(basic -> basic.authenticationEntryPoint(problemEntryPoint()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(e ->
            e.authenticationEntryPoint(problemEntryPoint()).accessDeniedHandler(problemDenied()));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http, InterfaceLanguage language) throws Exception {
    http.authorizeHttpRequests(
            auth -> auth.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
        .formLogin(form -> form.loginPage("/login").successHandler(language.onSignIn()).permitAll())
        // POST only (CSRF protected): a link or an image cannot sign a user out
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .exceptionHandling(e ->
            e.defaultAuthenticationEntryPointFor(
                htmxSignInAgain(), request -> request.getHeader("HX-Request") != null));
    return http.build();
  }

  /**
   * A partial update after the session ran out must not paste the login page into the case list:
   * htmx is told to load the login page as a whole instead.
   */
  private static AuthenticationEntryPoint htmxSignInAgain() {
    return (request, response, e) -> {
      response.setHeader("HX-Redirect", request.getContextPath() + "/login");
      response.setStatus(401);
    };
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    // bcrypt by default, and stored hashes carry their algorithm so it can be upgraded later
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  UserDetailsService userDetailsService(Users users) {
    return username ->
        users
            .find(username)
            .map(SignedInUser::new)
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }

  private static AuthenticationEntryPoint problemEntryPoint() {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Homeward\"");
      writeProblem(response, 401, "unauthorized", "Unauthorized", "sign in to use the API");
    };
  }

  private static AccessDeniedHandler problemDenied() {
    return (request, response, e) ->
        writeProblem(response, 403, "forbidden", "Forbidden", "your roles do not allow this");
  }

  private static void writeProblem(
      HttpServletResponse response, int status, String code, String title, String detail)
      throws java.io.IOException {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"type\":\"/problems/%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\",\"code\":\"%s\"}"
                .formatted(code, title, status, detail, code));
  }
}
