package org.homeward.organisation.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Requires;
import org.homeward.shared.web.ApiDescription;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How to sign in, as the API description tells a client: HTTP Basic or a personal API token as a
 * bearer token, on every operation but the public ones ({@link
 * org.homeward.organisation.PublicEndpoint}), which then may answer 401 and, when the roles lack
 * the permission it {@link Requires}, 403. The {@link Actor} a controller method receives is the
 * signed-in user, never a parameter a client sends.
 */
@Configuration(proxyBeanMethods = false)
class ApiSignInDescription {

  static final String BASIC = "basicAuth";
  static final String BEARER = "bearerAuth";

  static {
    SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
  }

  @Bean
  OpenApiCustomizer signInSchemes() {
    return openApi -> {
      if (openApi.getComponents() == null) {
        openApi.setComponents(new Components());
      }
      openApi
          .getComponents()
          .addSecuritySchemes(
              BASIC,
              new SecurityScheme()
                  .type(SecurityScheme.Type.HTTP)
                  .scheme("basic")
                  .description("A user's name and password (docs/authentication.md)"))
          .addSecuritySchemes(
              BEARER,
              new SecurityScheme()
                  .type(SecurityScheme.Type.HTTP)
                  .scheme("bearer")
                  .bearerFormat("hw_…")
                  .description(
                      "A personal API token (`POST /api/v1/me/tokens`): it carries only the"
                          + " permissions chosen for it"));
    };
  }

  @Bean
  OperationCustomizer signInPerOperation() {
    return (operation, handler) -> {
      if (PermissionInterceptor.isPublic(handler)) {
        return operation;
      }
      operation.setSecurity(
          List.of(
              new SecurityRequirement().addList(BASIC), new SecurityRequirement().addList(BEARER)));
      if (operation.getResponses() == null) {
        operation.setResponses(new ApiResponses());
      }
      ApiDescription.problem(
          operation.getResponses(),
          "401",
          "Not signed in (`unauthorized`): no or wrong credentials, or (`invalid-token`) an API"
              + " token that is unknown, revoked or expired");
      Requires requires = PermissionInterceptor.requirement(handler);
      ApiDescription.problem(
          operation.getResponses(),
          "403",
          "Forbidden (`forbidden`): signed in, but "
              + (requires == null
                  ? "this operation is not open to anyone"
                  : "without the permission `"
                      + requires.value()
                      + "` (with a token: the token"
                      + " does not carry it)"));
      return operation;
    };
  }
}
