package org.homeward.organisation;

/**
 * The access rules, asked by every module in its service layer so that the API and the web pages
 * obey the same ones. A record is identified here by the mission that holds it.
 */
public interface AccessPolicy {

  /** May {@code actor} see the records held by {@code missionCode}? */
  boolean canRead(Actor actor, String missionCode);

  /** May {@code actor} register or change records held by {@code missionCode}? */
  boolean canChange(Actor actor, String missionCode);

  /** The missions whose records {@code actor} sees; empty when the actor sees every mission. */
  java.util.Set<String> readableMissions(Actor actor);

  /** True when {@code actor} sees every mission's records (administrators, the system). */
  boolean readsEveryMission(Actor actor);
}
