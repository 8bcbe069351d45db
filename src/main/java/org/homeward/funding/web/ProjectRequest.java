package org.homeward.funding.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.funding.BudgetLine;
import org.homeward.funding.DonorId;
import org.homeward.funding.Eligibility;
import org.homeward.funding.Project;
import org.homeward.funding.TargetGroup;
import org.homeward.funding.UnitCosts;
import org.homeward.funding.internal.Fields;
import org.homeward.shared.Violations;

/**
 * A project as sent. Amounts are decimal strings in the project's {@code currency}; every budget
 * line not given is zero.
 */
record ProjectRequest(
    String code,
    String title,
    String missionCode,
    String currency,
    String startsOn,
    String endsOn,
    List<Long> donorIds,
    Map<String, String> budget,
    UnitCostsJson unitCosts,
    EligibilityJson eligibility,
    Integer peopleAssistedBefore) {

  /** What the project pays per case. */
  record UnitCostsJson(
      String seatShare,
      String pocketMoney,
      String reintegrationCap,
      String reintegrationCapMinor,
      String reintegrationCapVulnerable) {}

  /** The cases it may pay for: empty destinations or target groups mean any. */
  record EligibilityJson(
      List<String> missions, List<String> destinations, List<String> targetGroups) {}

  Project toProject(Predicate<String> missionExists) {
    Violations v = new Violations();
    String code = Fields.text(v, "code", this.code, 40);
    if (code != null) {
      v.check(
          code.matches("[A-Z0-9][A-Z0-9-]{1,39}"),
          "code",
          "malformed",
          "capitals, digits and dashes, e.g. MAR-AVRR-2012");
    }
    String title = Fields.text(v, "title", this.title, 300);
    String mission = mission(v, "missionCode", missionCode, missionExists);
    CurrencyUnit currency = Fields.currency(v, "currency", this.currency);
    LocalDate starts = Fields.date(v, "startsOn", startsOn);
    LocalDate ends = Fields.date(v, "endsOn", endsOn);
    if (starts != null && ends != null) {
      v.check(
          !ends.isBefore(starts), "endsOn", "inconsistent", "a project ends on or after it starts");
    }
    List<DonorId> donors = new ArrayList<>();
    List<Long> ids = donorIds == null ? List.of() : donorIds;
    for (int i = 0; i < ids.size(); i++) {
      Long id = ids.get(i);
      if (v.check(id != null && id > 0, "donorIds[" + i + "]", "unknown-donor", "a donor's id")) {
        donors.add(new DonorId(id));
      }
    }
    Map<BudgetLine, MonetaryAmount> lines = new EnumMap<>(BudgetLine.class);
    if (budget != null) {
      for (Map.Entry<String, String> line : budget.entrySet()) {
        BudgetLine name =
            Fields.optionalChoice(v, "budget." + line.getKey(), line.getKey(), BudgetLine.class);
        MonetaryAmount amount =
            Fields.amount(v, "budget." + line.getKey(), line.getValue(), currency, false);
        if (name != null && amount != null) {
          lines.put(name, amount);
        }
      }
    }
    UnitCosts costs = null;
    if (unitCosts == null) {
      v.add("unitCosts", "required", "the unit costs per case are required");
    } else {
      Violations at = v.at("unitCosts");
      MonetaryAmount seat = Fields.amount(at, "seatShare", unitCosts.seatShare(), currency, false);
      MonetaryAmount pocket =
          Fields.amount(at, "pocketMoney", unitCosts.pocketMoney(), currency, false);
      MonetaryAmount cap =
          Fields.amount(at, "reintegrationCap", unitCosts.reintegrationCap(), currency, false);
      // a cap for minors or vulnerable people not given is the standard cap
      MonetaryAmount minor =
          Fields.blank(unitCosts.reintegrationCapMinor())
              ? cap
              : Fields.amount(
                  at, "reintegrationCapMinor", unitCosts.reintegrationCapMinor(), currency, false);
      MonetaryAmount vulnerable =
          Fields.blank(unitCosts.reintegrationCapVulnerable())
              ? cap
              : Fields.amount(
                  at,
                  "reintegrationCapVulnerable",
                  unitCosts.reintegrationCapVulnerable(),
                  currency,
                  false);
      if (seat != null && pocket != null && cap != null && minor != null && vulnerable != null) {
        costs = new UnitCosts(seat, pocket, cap, minor, vulnerable);
      }
    }
    Set<String> missions = new HashSet<>();
    Set<String> destinations = new HashSet<>();
    Set<TargetGroup> groups = new HashSet<>();
    if (eligibility != null) {
      List<String> given = eligibility.missions() == null ? List.of() : eligibility.missions();
      for (int i = 0; i < given.size(); i++) {
        String m = mission(v, "eligibility.missions[" + i + "]", given.get(i), missionExists);
        if (m != null) {
          missions.add(m);
        }
      }
      given = eligibility.destinations() == null ? List.of() : eligibility.destinations();
      for (int i = 0; i < given.size(); i++) {
        String country = Fields.country(v, "eligibility.destinations[" + i + "]", given.get(i));
        if (country != null) {
          destinations.add(country);
        }
      }
      given = eligibility.targetGroups() == null ? List.of() : eligibility.targetGroups();
      for (int i = 0; i < given.size(); i++) {
        TargetGroup group =
            Fields.choice(
                v, "eligibility.targetGroups[" + i + "]", given.get(i), TargetGroup.class);
        if (group != null) {
          groups.add(group);
        }
      }
    }
    if (missions.isEmpty() && mission != null) {
      // a project pays for the cases of the mission that runs it unless it says otherwise
      missions.add(mission);
    }
    int before = peopleAssistedBefore == null ? 0 : peopleAssistedBefore;
    v.check(before >= 0, "peopleAssistedBefore", "out-of-range", "never negative");
    v.throwIfAny();
    return new Project(
        null,
        code,
        title,
        mission,
        currency,
        starts,
        ends,
        donors,
        lines,
        costs,
        new Eligibility(missions, destinations, groups),
        before,
        0);
  }

  static String mission(Violations v, String field, String code, Predicate<String> exists) {
    if (Fields.blank(code)) {
      v.add(field, "required", field + " is required (e.g. MAR)");
      return null;
    }
    String stripped = code.strip();
    if (!exists.test(stripped)) {
      v.add(field, "unknown-mission", "no mission has the code \"" + stripped + "\"");
      return null;
    }
    return stripped;
  }
}
