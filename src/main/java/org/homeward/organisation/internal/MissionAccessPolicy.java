package org.homeward.organisation.internal;

import java.util.Set;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Role;
import org.springframework.stereotype.Service;

/**
 * Need-to-know by mission: a user sees the records of their own mission and its sub-offices;
 * administrators (and the system) see every mission.
 */
@Service
class MissionAccessPolicy implements AccessPolicy {

  private final JdbcMissions missions;

  MissionAccessPolicy(JdbcMissions missions) {
    this.missions = missions;
  }

  @Override
  public boolean canRead(Actor actor, String missionCode) {
    return readsEveryMission(actor) || readableMissions(actor).contains(missionCode);
  }

  @Override
  public boolean canChange(Actor actor, String missionCode) {
    return canRead(actor, missionCode);
  }

  @Override
  public Set<String> readableMissions(Actor actor) {
    if (readsEveryMission(actor)) {
      return Set.of();
    }
    return Set.copyOf(missions.withDescendants(actor.missionCode()));
  }

  @Override
  public boolean readsEveryMission(Actor actor) {
    return actor.has(Role.ADMINISTRATOR);
  }
}
