package org.homeward.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Type;
import java.util.Map;
import org.homeward.shared.CleanText;
import org.homeward.shared.Violations;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Text is clean before anything reads it ({@link CleanText}): a JSON body with a refused character
 * anywhere is answered 400 {@code invalid-input} naming each field ({@code members[0].givenName}),
 * and so is a query or form parameter. A page whose form shows such a field's error at the field
 * says so with {@link FormReportsUncleanText}; any other page answers 400.
 */
@ControllerAdvice
class CleanRequests extends RequestBodyAdviceAdapter implements WebMvcConfigurer {

  @Override
  public boolean supports(
      MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> type) {
    return true;
  }

  @Override
  public Object afterBodyRead(
      Object body,
      HttpInputMessage input,
      MethodParameter parameter,
      Type targetType,
      Class<? extends HttpMessageConverter<?>> converterType) {
    Violations violations = new Violations();
    CleanTextWalk.walk(body, violations);
    violations.throwIfAny();
    return body;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new Parameters());
  }

  /** Every parameter's name and values, from the query and from a form's body. */
  static final class Parameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(
        HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
      if (!(handler instanceof HandlerMethod method)) {
        return true;
      }
      if (request.getDispatcherType() == DispatcherType.ERROR) {
        return true;
      }
      boolean page =
          !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class);
      if (page && method.hasMethodAnnotation(FormReportsUncleanText.class)) {
        return true;
      }
      Violations violations = new Violations();
      Map<String, String[]> parameters;
      try {
        parameters = request.getParameterMap();
      } catch (RuntimeException e) {
        // Tomcat refuses a parameter without a name; the firewall one whose name it distrusts
        violations.add("", "malformed", "the query or form parameters cannot be read");
        parameters = Map.of();
      }
      for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
        String name = parameter.getKey();
        if (!CleanText.check(violations, CleanText.isClean(name) ? name : "", name)) {
          continue;
        }
        for (String value : parameter.getValue()) {
          if (!CleanText.check(violations, name, value)) {
            break;
          }
        }
      }
      if (violations.isEmpty()) {
        return true;
      }
      if (page) {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        return false;
      }
      violations.throwIfAny();
      return true;
    }
  }
}
