package org.homeward.organisation.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
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
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            auth -> auth.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
        .httpBasic(basic -> {})
        .formLogin(form -> form.permitAll())
        .logout(logout -> logout.permitAll());
    return http.build();
  }

  /**
   * bcrypt, with the stored hashes carrying their algorithm so that it can be upgraded later. The
   * cost is configurable: tests lower it, a real install may raise it.
   */
  @Bean
  PasswordEncoder passwordEncoder(@Value("${homeward.password.bcrypt-strength:10}") int strength) {
    Map<String, PasswordEncoder> encoders = new HashMap<>();
    encoders.put("bcrypt", new BCryptPasswordEncoder(strength));
    DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder("bcrypt", encoders);
    delegating.setDefaultPasswordEncoderForMatches(
        PasswordEncoderFactories.createDelegatingPasswordEncoder());
    return delegating;
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
