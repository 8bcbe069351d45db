package org.homeward.organisation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission an endpoint needs. Every controller method says one (or is {@link
 * PublicEndpoint}): a request to a handler that says neither is refused, and a test lists every
 * endpoint to prove none was forgotten. On a class, it applies to the methods that do not say their
 * own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Requires {

  Permission value();
}
