package org.homeward.registry.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.CaseSearch;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Cases;
import org.homeward.shared.web.Formats;
import org.homeward.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The first page after signing in: where the mission's caseload stands, who should come first, and
 * what waits for the user.
 */
@PageController
class HomePage {

  static final int SHORT_LIST = 8;

  /** Still waiting to go home: registered, but not yet departed, closed or withdrawn. */
  static final EnumSet<CaseStatus> WAITING =
      EnumSet.of(
          CaseStatus.REGISTERED,
          CaseStatus.COUNSELLED,
          CaseStatus.ELIGIBLE,
          CaseStatus.READY_FOR_DEPARTURE,
          CaseStatus.BOOKED,
          CaseStatus.NO_SHOW,
          CaseStatus.DEFERRED);

  /** How many cases are in one status. */
  record StatusCount(CaseStatus status, long count) {}

  private final Cases cases;
  private final Missions missions;
  private final Formats formats;

  HomePage(Cases cases, Missions missions, Formats formats) {
    this.cases = cases;
    this.missions = missions;
    this.formats = formats;
  }

  @GetMapping("/")
  @Requires(Permission.OWN_ACCOUNT)
  String home(Actor actor, Model model) {
    model.addAttribute(
        "mission",
        missions
            .find(actor.missionCode())
            .map(m ->
                m.countryCode() != null && m.code().equals(m.countryCode())
                    ? formats.country(m.countryCode())
                    : m.name())
            .orElse(actor.missionCode()));
    if (!actor.may(Permission.CASE_READ)) {
      // headquarters and donors see no person: their pages are the aggregate ones
      model.addAttribute("aggregateOnly", true);
      return "home";
    }
    model.addAttribute("canRegister", actor.may(Permission.CASE_REGISTER));
    Map<CaseStatus, Long> counts = cases.countByStatus(actor);
    List<StatusCount> byStatus =
        Arrays.stream(CaseStatus.values())
            .map(s -> new StatusCount(s, counts.getOrDefault(s, 0L)))
            .toList();
    model.addAttribute("counts", byStatus);
    model.addAttribute("total", byStatus.stream().mapToLong(StatusCount::count).sum());
    model.addAttribute(
        "mostVulnerable",
        cases
            .search(
                new CaseSearch(
                    WAITING,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    CaseSearch.SortOrder.PRIORITY,
                    0,
                    SHORT_LIST),
                actor)
            .items());
    model.addAttribute("pending", cases.pendingWork(actor, SHORT_LIST));
    return "home";
  }
}
