package org.homeward.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Lists every endpoint the application registers and fails when one has no access rule. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EveryEndpointHasAnAccessRuleTest {

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void everyEndpointOfHomewardDeclaresItsPermissionOrThatItIsPublic() {
    Map<RequestMappingInfo, HandlerMethod> handlers = mappings.getHandlerMethods();
    List<String> ours = new ArrayList<>();
    List<String> unguarded = new ArrayList<>();
    handlers.forEach((info, method) -> {
      if (!method.getBeanType().getName().startsWith("org.homeward.")) {
        return;
      }
      ours.add(info.toString());
      boolean guarded = has(method, Requires.class) || has(method, PublicEndpoint.class);
      if (!guarded) {
        unguarded.add(info + " -> " + method);
      }
    });
    assertThat(ours).as("the application's own endpoints").hasSizeGreaterThan(8);
    assertThat(unguarded).as("endpoints without an access rule").isEmpty();
  }

  private static boolean has(
      HandlerMethod method, Class<? extends java.lang.annotation.Annotation> type) {
    return AnnotatedElementUtils.hasAnnotation(method.getMethod(), type)
        || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), type);
  }
}
