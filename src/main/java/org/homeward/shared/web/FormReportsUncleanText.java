package org.homeward.shared.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a page's handler whose rules check every text it stores with {@link
 * org.homeward.shared.CleanText} and show a refused one at its field: the request's parameters are
 * then left to it rather than refused as a whole by {@link CleanRequests}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface FormReportsUncleanText {}
