package org.homeward.reintegration.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.Case;
import org.homeward.registry.CasePanel;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.ReintegrationCase;
import org.homeward.reintegration.internal.CaseRows;
import org.homeward.reintegration.plans.Plan;
import org.homeward.reintegration.plans.internal.PlanStore;
import org.homeward.reintegration.queue.Profile;
import org.homeward.reintegration.queue.internal.ProfileRows;
import org.springframework.stereotype.Component;

/**
 * The registry's case page's Reintegration section ({@code reintegration/case-panel :: panel}): for
 * the host mission, each member's profile (skills, wishes) and the form to record it; for the
 * readers of reintegration, the case's arrival, officer and plans (type, status, budget against the
 * cap) and a link to its reintegration file.
 */
@Component
class ReintegrationCasePanel implements CasePanel {

  /** What the section shows: {@code file} and {@code plans} only for readers of reintegration. */
  record Section(
      ReintegrationCase file,
      List<Plan> plans,
      Map<PersonId, Profile> profiles,
      boolean readsReintegration,
      boolean canRecordProfiles) {

    public Profile profileOf(PersonId id) {
      return profiles.get(id);
    }
  }

  private final CaseRows cases;
  private final PlanStore plans;
  private final ProfileRows profiles;
  private final AccessPolicy access;

  ReintegrationCasePanel(
      CaseRows cases, PlanStore plans, ProfileRows profiles, AccessPolicy access) {
    this.cases = cases;
    this.plans = plans;
    this.profiles = profiles;
    this.access = access;
  }

  @Override
  public String template() {
    return "reintegration/case-panel";
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Optional<Section> data(Case c, Actor actor) {
    boolean reads = actor.may(Permission.REINTEGRATION_READ);
    boolean records = actor.may(Permission.CASE_UPDATE) && access.canChange(actor, c.holding());
    ReintegrationCase file = reads ? cases.find(c.id()).orElse(null) : null;
    Map<PersonId, Profile> byPerson = new HashMap<>();
    profiles.ofCase(c.id()).forEach(p -> byPerson.put(p.personId(), p));
    if (file == null && byPerson.isEmpty() && !records) {
      return Optional.empty();
    }
    List<Plan> active =
        file == null
            ? List.of()
            : plans.ofCase(c.id()).stream().filter(p -> p.status().isActive()).toList();
    return Optional.of(new Section(file, active, byPerson, reads, records));
  }
}
