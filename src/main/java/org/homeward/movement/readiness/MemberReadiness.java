package org.homeward.movement.readiness;

import java.util.List;
import org.homeward.movement.PersonReadiness;

/** One member of a household on a day: their readiness, and what they lack, if anything. */
public record MemberReadiness(String name, PersonReadiness readiness, List<Lack> lacks) {

  public MemberReadiness {
    lacks = List.copyOf(lacks);
  }

  public boolean ready() {
    return lacks.isEmpty();
  }

  /** "Name: what they lack; what else", for the refusal. */
  public String sentence() {
    return name
        + " ("
        + readiness.personId()
        + "): "
        + String.join("; ", lacks.stream().map(Lack::reason).toList());
  }
}
