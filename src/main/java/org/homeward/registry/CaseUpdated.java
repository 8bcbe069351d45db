package org.homeward.registry;

import java.time.Instant;
import java.util.List;

/**
 * A case's details were edited by {@code actor} (not its status, nor its consent, which have events
 * of their own): the members who joined the household and those who left it, by id. A module that
 * keeps something per member (a flight's passengers) reads the case again.
 */
public record CaseUpdated(
    CaseId caseId,
    String caseNumber,
    String missionCode,
    List<PersonId> membersAdded,
    List<PersonId> membersRemoved,
    String actor,
    Instant at) {

  public CaseUpdated {
    membersAdded = List.copyOf(membersAdded);
    membersRemoved = List.copyOf(membersRemoved);
  }
}
