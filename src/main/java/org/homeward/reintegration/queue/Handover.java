package org.homeward.reintegration.queue;

import java.util.List;
import org.homeward.registry.Case;
import org.homeward.registry.Person;
import org.homeward.reintegration.ReintegrationCase;

/**
 * What the host mission handed over with a case, as the mission that received it sees it: each
 * returnee with the vulnerabilities recorded in the open and derived from the household, and the
 * profile of their skills and wishes. What the registry restricts (medical and protection
 * categories, the assessment notes) is not in it: {@code restricted} says it was left out.
 */
public record Handover(ReintegrationCase file, Case household, List<Member> members) {

  /** One returnee, with the profile the host mission recorded (null when it recorded none). */
  public record Member(Person person, Profile profile) {

    /** Something sensitive was recorded for this person and is not shown here. */
    public boolean restricted() {
      return person.sensitiveWithheld();
    }
  }

  public Handover {
    members = List.copyOf(members);
  }
}
