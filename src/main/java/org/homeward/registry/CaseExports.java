package org.homeward.registry;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.homeward.organisation.Actor;

/**
 * Whole case lists, line by line, for exports: the same cases as the list a reader sees, without
 * its pages, read from the database as they are written out (a list of a million cases is never
 * held in memory). Each call runs in one read-only transaction, so the lines are of one moment.
 */
public interface CaseExports {

  /**
   * Every case matching {@code search} (its page and size ignored) that the actor may see, in the
   * search's order, each handed to {@code sink}; refused as {@link Cases#search} refuses.
   *
   * @param today the day that decides who is a child
   * @return how many lines were handed over
   */
  long forEachCase(CaseSearch search, LocalDate today, Actor actor, Consumer<CaseLine> sink);

  /**
   * Every case of the actor's pending work ({@link Cases#pendingWork}, all of it), waiting longest
   * first.
   */
  long forEachPending(LocalDate today, Actor actor, Consumer<CaseLine> sink);
}
