/**
 * The position engine, free of Spring: dated exchange rates and the conversions done with them, and
 * the funding position of a set of contributions, expenditures and commitments in one currency on a
 * date. The {@code funds} command runs it over a file; the module's stored data goes through it
 * too.
 */
@org.springframework.modulith.NamedInterface("engine")
package org.homeward.funding.engine;
