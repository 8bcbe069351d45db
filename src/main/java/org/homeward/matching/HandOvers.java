package org.homeward.matching;

import java.util.List;
import org.homeward.matching.internal.MatchingStore;
import org.homeward.matching.internal.RegistryIndex;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseQueries;
import org.homeward.registry.CaseStatusChanged;
import org.homeward.registry.RegisteredPerson;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows a case to the mission that receives it: once a household has departed, the mission of its
 * destination country may open it, so it also reviews the pairs the case is part of and sees its
 * members among possible duplicates, exactly as the registry's access rules say.
 */
@Component
class HandOvers {

  private final CaseQueries people;
  private final MatchingStore store;
  private final RegistryIndex index;

  HandOvers(CaseQueries people, MatchingStore store, RegistryIndex index) {
    this.people = people;
    this.store = store;
    this.index = index;
  }

  /** Only departure hands a case over; no other step changes who may open it. */
  @ApplicationModuleListener(condition = "#root.args[0].to().name() == 'DEPARTED'")
  void on(CaseStatusChanged changed) {
    List<RegisteredPerson> members = people.membersOf(changed.caseId(), Actor.system());
    if (members.isEmpty()) {
      return;
    }
    store.moveHolding(changed.caseId(), members.getFirst().holding());
    index.refresh(members.stream().map(RegisteredPerson::personId).toList());
  }
}
