package org.homeward.reporting.appeal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.homeward.funding.Appeal;
import org.homeward.funding.AppealPosition;
import org.homeward.funding.AppealStatus;
import org.homeward.funding.FundingRecords;
import org.homeward.funding.Ledger;
import org.homeward.funding.Project;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Mission;
import org.homeward.organisation.Missions;
import org.homeward.reporting.statistics.PublicStatistics;
import org.springframework.stereotype.Service;

/**
 * The appeal the public page shows: the latest launched appeal, how much of it was received, the
 * people the mission's programme assisted since it began, and whom to contact. Read from funding's
 * and organisation's published services as the system, kept for a short while (a contribution or a
 * departure clears it), since it does not change from one view to the next.
 */
@Service("reportingPublicAppeal")
public class PublicAppeal {

  static final Duration AT_MOST = Duration.ofSeconds(30);
  private static final Actor SYSTEM = Actor.system();

  private final FundingRecords records;
  private final Ledger ledger;
  private final Missions missions;
  private final PublicStatistics statistics;
  private final AtomicReference<Kept> kept = new AtomicReference<>();

  private record Kept(Instant at, Optional<AppealSummary> summary) {}

  PublicAppeal(
      FundingRecords records, Ledger ledger, Missions missions, PublicStatistics statistics) {
    this.records = records;
    this.ledger = ledger;
    this.missions = missions;
    this.statistics = statistics;
  }

  /** The appeal open to donors, the latest launched first; empty when there is none. */
  public Optional<AppealSummary> current() {
    Kept k = kept.get();
    if (k != null && k.at().plus(AT_MOST).isAfter(Instant.now())) {
      return k.summary();
    }
    Optional<AppealSummary> summary = read();
    kept.set(new Kept(Instant.now(), summary));
    return summary;
  }

  /** Something the page shows changed: read it again at the next view. */
  public void forget() {
    kept.set(null);
  }

  private Optional<AppealSummary> read() {
    Optional<Appeal> appeal =
        records.appeals(SYSTEM).stream()
            .filter(a -> a.status() == AppealStatus.LAUNCHED)
            .max(Comparator.comparing(Appeal::launchedOn));
    if (appeal.isEmpty()) {
      return Optional.empty();
    }
    Appeal a = appeal.get();
    LocalDate today = ledger.today();
    AppealPosition position = ledger.positionOf(a.id(), today, SYSTEM);
    List<Project> projects =
        records.projects(SYSTEM).stream()
            .filter(p -> p.missionCode().equals(a.missionCode()))
            .toList();
    long before = projects.stream().mapToLong(Project::peopleAssistedBefore).sum();
    Integer since =
        projects.stream().map(p -> p.startsOn().getYear()).min(Integer::compare).orElse(null);
    return Optional.of(
        new AppealSummary(
            a.title(),
            a.missionCode(),
            position.target(),
            position.targetPeople(),
            position.received(),
            position.pledged(),
            position.target().subtract(position.received()).isNegative()
                ? position.target().multiply(0)
                : position.target().subtract(position.received()),
            AppealSummary.percent(position.receivedShare()),
            before,
            statistics.peopleReturned(a.missionCode()),
            since,
            missions.find(a.missionCode()).map(PublicAppeal::contact).orElse(null)));
  }

  private static AppealSummary.Contact contact(Mission m) {
    Mission.Contact c = m.contact();
    return c == null
        ? null
        : new AppealSummary.Contact(m.name(), c.phone(), c.email(), c.address());
  }
}
