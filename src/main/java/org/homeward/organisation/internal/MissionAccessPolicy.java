package org.homeward.organisation.internal;

import java.util.HashSet;
import java.util.Set;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.CaseScope;
import org.homeward.organisation.Mission;
import org.homeward.organisation.MissionKind;
import org.homeward.organisation.Permission;
import org.springframework.stereotype.Service;

/** Need-to-know by mission, as {@link AccessPolicy} describes it. */
@Service
class MissionAccessPolicy implements AccessPolicy {

  private final JdbcMissions missions;

  MissionAccessPolicy(JdbcMissions missions) {
    this.missions = missions;
  }

  @Override
  public CaseScope readScope(Actor actor) {
    if (actor.isSystem()) {
      return CaseScope.EVERYTHING;
    }
    if (!actor.may(Permission.CASE_READ)) {
      return CaseScope.NOTHING;
    }
    Mission mission = missions.find(actor.missionCode()).orElse(null);
    if (mission == null || mission.kind() == MissionKind.HEADQUARTERS) {
      return CaseScope.NOTHING;
    }
    return new CaseScope(
        false, Set.copyOf(missions.withDescendants(mission.code())), receiving(mission));
  }

  @Override
  public CaseScope changeScope(Actor actor) {
    if (actor.isSystem()) {
      return CaseScope.EVERYTHING;
    }
    Mission mission = missions.find(actor.missionCode()).orElse(null);
    if (mission == null
        || mission.kind() == MissionKind.HEADQUARTERS
        || mission.kind() == MissionKind.REGIONAL_OFFICE) {
      return CaseScope.NOTHING;
    }
    return new CaseScope(
        false, Set.copyOf(missions.withDescendants(mission.code())), receiving(mission));
  }

  @Override
  public Set<String> oversight(Actor actor) {
    Mission mission = missions.find(actor.missionCode()).orElse(null);
    if (actor.isSystem() || mission == null || mission.kind() == MissionKind.HEADQUARTERS) {
      return Set.of();
    }
    return Set.copyOf(missions.withDescendants(mission.code()));
  }

  /** A country mission (or one of its sub-offices) receives the cases returning to its country. */
  private static Set<String> receiving(Mission mission) {
    Set<String> countries = new HashSet<>();
    if (mission.countryCode() != null && mission.kind() != MissionKind.REGIONAL_OFFICE) {
      countries.add(mission.countryCode());
    }
    return countries;
  }
}
