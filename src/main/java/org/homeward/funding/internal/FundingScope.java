package org.homeward.funding.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.homeward.funding.DonorId;
import org.homeward.funding.Project;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Mission;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Role;
import org.homeward.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose money an actor sees. The books of a mission (and its sub-offices) are read by those with
 * {@link Permission#FUNDING_READ} who oversee it, as the {@link AccessPolicy} says (headquarters:
 * every mission); aggregates by those with {@link Permission#AGGREGATE_READ}, except that a donor's
 * viewer sees only those of the projects the donor funds.
 */
@Component
public class FundingScope {

  private final AccessPolicy access;
  private final Missions missions;
  private final JdbcClient jdbc;

  FundingScope(AccessPolicy access, Missions missions, JdbcClient jdbc) {
    this.access = access;
    this.missions = missions;
    this.jdbc = jdbc;
  }

  /** The missions whose books {@code actor} reads; empty means every mission. */
  public Set<String> missions(Actor actor) {
    return access.oversight(actor);
  }

  public boolean oversees(Actor actor, String missionCode) {
    Set<String> overseen = missions(actor);
    return overseen.isEmpty() || overseen.contains(missionCode);
  }

  /** Refuses (403) an actor who may not read the books; a mission it does not oversee is 404. */
  public void requireBooks(Actor actor, String missionCode, String what, Object id) {
    actor.require(Permission.FUNDING_READ);
    if (!oversees(actor, missionCode)) {
      throw new NotFoundException(what, id);
    }
  }

  /** Refuses an actor who may not change the books of {@code missionCode}. */
  public void requireChange(Actor actor, String missionCode, String what, Object id) {
    actor.require(Permission.FUNDING_MANAGE);
    if (!oversees(actor, missionCode)) {
      throw new NotFoundException(what, id);
    }
  }

  /** The donor whose aggregates a donor's viewer reads; empty for everyone else. */
  public Optional<DonorId> viewedDonor(Actor actor) {
    if (!actor.has(Role.DONOR_VIEWER) || actor.may(Permission.FUNDING_READ)) {
      return Optional.empty();
    }
    return Optional.of(
        jdbc.sql("SELECT donor_id FROM funding_donor_viewer WHERE username = ?")
            .param(actor.username())
            .query(Long.class)
            .optional()
            .map(DonorId::new)
            // a viewer linked to no donor sees no project
            .orElse(new DonorId(Long.MAX_VALUE)));
  }

  /** May {@code actor} read the aggregate figures of {@code project}? */
  public boolean seesAggregatesOf(Actor actor, Project project) {
    if (!actor.may(Permission.AGGREGATE_READ)) {
      return false;
    }
    Optional<DonorId> donor = viewedDonor(actor);
    if (donor.isPresent()) {
      return project.donors().contains(donor.get());
    }
    return oversees(actor, project.missionCode());
  }

  /** Is the case of {@code caseMission} within {@code mission}, itself or one of its offices? */
  public boolean within(String caseMission, String mission) {
    Set<String> seen = new HashSet<>();
    String code = caseMission;
    while (code != null && seen.add(code)) {
      if (code.equals(mission)) {
        return true;
      }
      code = missions.find(code).map(Mission::parentCode).orElse(null);
    }
    return false;
  }
}
