package org.homeward.movement.internal;

import java.util.List;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseQueries;
import org.homeward.registry.PersonId;
import org.homeward.registry.RegisteredPerson;
import org.homeward.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The registry's people as movement reaches them: through the registry's queries, so that a person
 * the actor may not see is not found, and a change needs the {@link AccessPolicy}'s leave to change
 * the case that holds them.
 */
@Component
public class People {

  private final CaseQueries registry;
  private final AccessPolicy access;

  People(CaseQueries registry, AccessPolicy access) {
    this.registry = registry;
    this.access = access;
  }

  /** The person, if the actor may open their case; else not found. */
  public RegisteredPerson readable(PersonId id, Actor actor) {
    return registry.findPerson(id, actor).orElseThrow(() -> new NotFoundException("person", id));
  }

  /** The person, if the actor may open their case. */
  public java.util.Optional<RegisteredPerson> findReadable(PersonId id, Actor actor) {
    return registry.findPerson(id, actor);
  }

  /** The person, if the actor may change their case; not found, or refused (403) when read-only. */
  public RegisteredPerson changeable(PersonId id, Actor actor) {
    RegisteredPerson person = readable(id, actor);
    if (!access.canChange(actor, person.holding())) {
      throw new AccessDeniedException("read-only access to case " + person.caseNumber());
    }
    return person;
  }

  /** The members of a case the actor may open; not found (and audited) otherwise. */
  public List<RegisteredPerson> membersOf(CaseId id, Actor actor) {
    return registry.membersOf(id, actor);
  }

  /** May the actor see the sensitive part (medical details) of this person's records? */
  public boolean seesSensitive(Actor actor, RegisteredPerson person) {
    return access.canSeeSensitive(actor, person.holding());
  }

  public boolean canChange(Actor actor, RegisteredPerson person) {
    return access.canChange(actor, person.holding());
  }

  /** The person as the system sees them (for the readiness of a person on a flight). */
  public java.util.Optional<RegisteredPerson> find(PersonId id) {
    return registry.findPerson(id, Actor.system());
  }

  /** The members of a case as the system sees them. */
  public List<RegisteredPerson> membersOf(CaseId id) {
    return registry.membersOf(id, Actor.system());
  }

  public static String name(RegisteredPerson p) {
    return p.identity().givenName() + " " + p.identity().familyName();
  }
}
