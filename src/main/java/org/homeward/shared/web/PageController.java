package org.homeward.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller that renders pages. Pages get the layout's model (languages, the signed-in user);
 * the API's controllers, which are {@code @Controller}s too, do not pay for building it on every
 * request. Error pages get it too (their controller is Spring Boot's).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface PageController {

  /** The bean's name, where two modules have a page controller of the same class name. */
  @AliasFor(annotation = Controller.class)
  String value() default "";
}
