package org.homeward.registry;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.homeward.organisation.Actor;

/**
 * What modules above the registry read of it: people one by one, and the members of a case, each as
 * the actor may see them (the system sees all). Changes go through {@link Cases}, {@link
 * CaseLifecycle} and {@link PeopleDirectory}.
 */
public interface CaseQueries {

  /** Every person the actor may see, in a stable order. */
  void forEachPerson(Actor actor, Consumer<RegisteredPerson> sink);

  /** The person, if the actor may see the case that holds them. */
  Optional<RegisteredPerson> findPerson(PersonId id, Actor actor);

  /** The members of a case the actor may open; not found as {@link Cases#get} would say. */
  List<RegisteredPerson> membersOf(CaseId id, Actor actor);
}
