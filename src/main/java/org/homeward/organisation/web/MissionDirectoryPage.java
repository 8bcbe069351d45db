package org.homeward.organisation.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.homeward.organisation.Mission;
import org.homeward.organisation.Missions;
import org.homeward.organisation.PublicEndpoint;
import org.homeward.shared.web.Formats;
import org.homeward.shared.web.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public directory of offices as a page: migrants, partners and authorities find whom to call
 * without an account. The same data as {@code /public/missions.json}.
 */
@PageController
class MissionDirectoryPage {

  private final Missions missions;
  private final Formats formats;

  MissionDirectoryPage(Missions missions, Formats formats) {
    this.missions = missions;
    this.formats = formats;
  }

  /** An office as the directory shows it, with the offices below it. */
  record Office(
      String code,
      String name,
      String kind,
      String chiefOfMission,
      String phone,
      String email,
      String address,
      List<Office> offices) {

    /** The phone number without spaces or punctuation, for a {@code tel:} link. */
    public String dialable() {
      return phone == null ? null : phone.replaceAll("[^+0-9]", "");
    }
  }

  @GetMapping("/missions")
  @PublicEndpoint
  String directory(Model model) {
    List<Mission> all = missions.all();
    Map<String, List<Mission>> below =
        all.stream()
            .filter(m -> m.parentCode() != null)
            .collect(Collectors.groupingBy(Mission::parentCode));
    model.addAttribute(
        "offices",
        all.stream()
            .filter(m -> m.parentCode() == null || missions.find(m.parentCode()).isEmpty())
            .sorted(order())
            .map(m -> office(m, below))
            .toList());
    return "missions";
  }

  private Office office(Mission m, Map<String, List<Mission>> below) {
    Mission.Contact c = m.contact();
    return new Office(
        m.code(),
        name(m),
        m.kind().name(),
        c == null ? null : c.chiefOfMission(),
        c == null ? null : c.phone(),
        c == null ? null : c.email(),
        c == null ? null : c.address(),
        below.getOrDefault(m.code(), List.of()).stream()
            .sorted(order())
            .map(child -> office(child, below))
            .toList());
  }

  /** A country mission is named after its country, in the reader's language. */
  private String name(Mission m) {
    return m.countryCode() != null && m.code().equals(m.countryCode())
        ? formats.country(m.countryCode())
        : m.name();
  }

  /** Headquarters first, then each level in the reader's alphabetical order. */
  private Comparator<Mission> order() {
    java.text.Collator alphabet =
        java.text.Collator.getInstance(
            org.springframework.context.i18n.LocaleContextHolder.getLocale());
    return Comparator.comparing((Mission m) -> m.kind().ordinal())
        .thenComparing(this::name, alphabet);
  }
}
