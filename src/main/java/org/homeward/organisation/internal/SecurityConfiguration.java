package org.homeward.organisation.internal;

import java.time.Clock;
import java.util.Map;
import org.homeward.organisation.Permission;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Nothing but health, the API description and public pages is reachable without signing in. The API
 * is stateless (a personal API token or HTTP Basic on each request, no session, so no CSRF
 * exposure); the web pages use a session (30 minutes idle, {@code server.servlet.session.timeout})
 * with a login form, CSRF protection and, when a provider is configured, OpenID Connect. See
 * docs/authentication.md.
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
    "/missions",
    "/webjars/**",
    "/css/**",
    "/js/**",
    "/images/**",
    "/favicon.ico",
    "/public/**"
  };

  /**
   * What a page may load and run: only Homeward's own files, no inline script or style, no plugin,
   * no framing by another site, forms posted only back to Homeward. A script injected into a page
   * through someone's name therefore does not run. Images may also be {@code data:} URIs (the API
   * browser draws its icons so).
   */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  /** New hashes use Argon2id; the identifier stored with each hash lets older ones still match. */
  static final String PASSWORD_HASH = "argon2@SpringSecurity_v5_8";

  /**
   * No observation (timer and trace span) around each of the security filters of every request:
   * requests are already timed as a whole ({@code http.server.requests}), and wrapping some fifteen
   * filters one by one cost a noticeable share of each API call's time.
   */
  @Bean
  static SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  /**
   * The application's own state for the people on call: health and its probes are public (and show
   * no details), everything else (metrics) needs {@link Permission#METRICS_READ}, with HTTP Basic
   * or a personal API token, as for the API.
   */
  @Bean
  @Order(0)
  SecurityFilterChain actuator(HttpSecurity http, ApiTokens tokens, Clock clock) throws Exception {
    http.securityMatcher("/actuator/**")
        .authorizeHttpRequests(auth ->
            auth.requestMatchers("/actuator/health", "/actuator/health/**")
                .permitAll()
                .anyRequest()
                .access(allowedTo(Permission.METRICS_READ)))
        .addFilterBefore(new BearerTokenFilter(tokens, clock), BasicAuthenticationFilter.class)
        .addFilterBefore(new RequestUserFilter(), AuthorizationFilter.class)
        .httpBasic(basic -> basic.authenticationEntryPoint(problemEntryPoint()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // no session, so nothing to sign out of and no request to resume after a sign-in page
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(e ->
            e.authenticationEntryPoint(problemEntryPoint()).accessDeniedHandler(problemDenied()));
    return http.build();
  }

  /**
   * Granted when the signed-in user's roles include {@code permission}, within the scope of the API
   * token they signed in with, if any: the same rule as {@code @Requires} on an endpoint.
   */
  private static AuthorizationManager<RequestAuthorizationContext> allowedTo(
      Permission permission) {
    return (authentication, context) ->
        new AuthorizationDecision(
            authentication.get().getPrincipal() instanceof SignedInUser user
                && user.actor().may(permission));
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Clock clock) throws Exception {
    http.securityMatcher("/api/**")
        .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
        .addFilterBefore(new BearerTokenFilter(tokens, clock), BasicAuthenticationFilter.class)
        .addFilterBefore(new RequestUserFilter(), AuthorizationFilter.class)
        .httpBasic(basic -> basic.authenticationEntryPoint(problemEntryPoint()))
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // no session, so nothing to sign out of and no request to resume after a sign-in page
        .logout(logout -> logout.disable())
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(e ->
            e.authenticationEntryPoint(problemEntryPoint()).accessDeniedHandler(problemDenied()));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(
      HttpSecurity http,
      ObjectProvider<ClientRegistrationRepository> openIdProviders,
      Users users,
      Clock clock,
      InterfaceLanguage language)
      throws Exception {
    http.authorizeHttpRequests(
            auth -> auth.requestMatchers(PUBLIC).permitAll().anyRequest().authenticated())
        // fields: username, password and, for people with a second factor, code
        .formLogin(form ->
            form.loginPage("/login")
                .authenticationDetailsSource(PasswordSignIn.formDetails())
                .successHandler(language.onSignIn())
                .permitAll())
        .addFilterBefore(new RequestUserFilter(), AuthorizationFilter.class)
        // POST only (CSRF protected): a link or an image cannot sign a user out
        .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
        .exceptionHandling(e ->
            e.defaultAuthenticationEntryPointFor(
                htmxSignInAgain(), request -> request.getHeader("HX-Request") != null))
        // another site linked to learns Homeward's address, never a case's or a search's
        .headers(headers ->
            headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    // only when spring.security.oauth2.client.registration.* names a provider
    if (openIdProviders.getIfAvailable() != null) {
      http.oauth2Login(login ->
          login
              .loginPage("/login")
              .userInfoEndpoint(info -> info.oidcUserService(new FederatedSignIn(users, clock))));
    }
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

  /**
   * Argon2id (no length limit, unlike bcrypt's 72 bytes), with the stored hashes carrying their
   * algorithm so that it can be upgraded later. Its cost is configurable: tests lower it, a real
   * install may raise it.
   */
  @Bean
  PasswordEncoder passwordEncoder(
      @Value("${homeward.password.argon2-memory-kib:16384}") int memoryKib,
      @Value("${homeward.password.argon2-iterations:2}") int iterations) {
    return new DelegatingPasswordEncoder(
        PASSWORD_HASH,
        Map.of(
            PASSWORD_HASH,
            new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations),
            // accounts created before Argon2 was the default; rehashed at their next sign-in
            "bcrypt",
            new BCryptPasswordEncoder(),
            "pbkdf2@SpringSecurity_v5_8",
            Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
  }

  /** Not a bean: {@link PasswordSignIn} is the one way in, and Spring builds no other. */
  private static UserDetailsService accounts(Users users, Clock clock) {
    return username ->
        users
            .find(username)
            .map(user -> new SignedInUser(user, clock.instant()))
            .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }

  /** The one way to sign in with a password; the only provider, so nothing can bypass it. */
  @Bean
  AuthenticationProvider passwordSignIn(
      PasswordEncoder encoder,
      Users users,
      Clock clock,
      SecondFactor secondFactor,
      VerifiedPasswords verifiedPasswords) {
    UserDetailsPasswordService rehash =
        (user, newHash) -> {
          users.changePassword(user.getUsername(), newHash);
          return user;
        };
    return new PasswordSignIn(
        accounts(users, clock), encoder, rehash, secondFactor, verifiedPasswords);
  }

  private static AuthenticationEntryPoint problemEntryPoint() {
    return (request, response, e) -> {
      response.setHeader("WWW-Authenticate", "Basic realm=\"Homeward\"");
      SecurityProblems.write(
          response, 401, "unauthorized", "Unauthorized", "sign in to use the API");
    };
  }

  private static AccessDeniedHandler problemDenied() {
    return (request, response, e) ->
        SecurityProblems.write(
            response, 403, "forbidden", "Forbidden", "your roles do not allow this");
  }
}
