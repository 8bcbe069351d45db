package org.homeward.matching;

import java.util.List;
import org.homeward.registry.PersonId;

/** The possible duplicates of one member of a case, most likely first. */
public record MemberDuplicates(PersonId personId, String name, List<PossibleDuplicate> candidates) {

  public MemberDuplicates {
    candidates = List.copyOf(candidates);
  }
}
