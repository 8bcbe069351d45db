package org.homeward.registry;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.internal.RetentionRuns;
import org.homeward.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention limits: a case closed for longer than {@code homeward.retention.closed-for} (five years
 * unless configured) is anonymised. Identifying fields go (names, exact date of birth, place of
 * birth, phone, documents, city, sensitive data, free-text reasons, the personal values of its
 * audit entries); what statistics need stays (nationality, sex, year of birth, household shape,
 * open vulnerability categories, destination, dates and status); {@link CaseAnonymised} tells the
 * modules that keep personal data of the case to erase theirs. A preview comes first and says which
 * cases are due; the scheduled job carries out a preview once it is older than {@code
 * homeward.retention.notice} and then writes the next one.
 */
@Service
public class Retention {

  private static final Logger log = LoggerFactory.getLogger(Retention.class);

  private final RetentionRuns runs;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final Period closedFor;
  private final Period notice;

  Retention(
      RetentionRuns runs,
      AccessPolicy access,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${homeward.retention.closed-for:P5Y}") Period closedFor,
      @Value("${homeward.retention.notice:P30D}") Period notice) {
    this.runs = runs;
    this.access = access;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
    this.closedFor = closedFor;
    this.notice = notice;
  }

  /** Lists, without changing anything, the cases that are due; the preview is kept. */
  @Transactional
  public RetentionReport preview(Actor actor) {
    actor.require(Permission.RETENTION_MANAGE);
    Instant closedBefore = clock.instant().atZone(ZoneOffset.UTC).minus(closedFor).toInstant();
    RetentionReport report =
        runs.preview(closedBefore, access.changeScope(actor), actor.username(), clock.instant());
    audit.record(
        AuditRecord.of(
                actor.username(), "retention.previewed", "retention-run", report.id().toString())
            .withDetails(
                Map.of(
                    "cases",
                    report.caseNumbers().size(),
                    "closedBefore",
                    closedBefore.toString())));
    return report;
  }

  @Transactional(readOnly = true)
  public RetentionReport find(UUID id, Actor actor) {
    actor.require(Permission.RETENTION_MANAGE);
    return runs.find(id).orElseThrow(() -> new NotFoundException("retention run", id));
  }

  /** Anonymises the cases {@code previewId} named that are still due (and still in scope). */
  @Transactional
  public RetentionReport anonymise(UUID previewId, Actor actor) {
    actor.require(Permission.RETENTION_MANAGE);
    RetentionReport preview =
        runs.find(previewId)
            .filter(r -> r.kind() == RetentionReport.Kind.PREVIEW)
            .orElseThrow(() -> new NotFoundException("retention preview", previewId));
    List<CaseId> due = runs.stillDue(previewId, access.changeScope(actor));
    RetentionReport done = runs.anonymise(preview, due, actor.username(), clock.instant());
    for (CaseId id : due) {
      audit.erasePersonalValues(CaseAccess.SUBJECT, id.toString());
      audit.record(
          AuditRecord.of(actor.username(), "case.anonymised", CaseAccess.SUBJECT, id.toString())
              .withDetails(Map.of("retentionRun", done.id().toString())));
      events.publishEvent(new CaseAnonymised(id, runs.missionOf(id), done.id(), done.at()));
    }
    log.info("anonymised {} cases closed before {}", due.size(), preview.closedBefore());
    return done;
  }

  /**
   * Carries out the last preview once its notice has run out, then previews again; while a
   * preview's notice runs, it waits.
   */
  @Scheduled(cron = "${homeward.retention.cron:0 30 2 * * *}")
  @Transactional
  public void scheduled() {
    Actor system = Actor.system();
    Optional<RetentionReport> pending = runs.lastUnappliedPreview();
    if (pending.isPresent()) {
      Instant due = pending.get().at().atZone(ZoneOffset.UTC).plus(notice).toInstant();
      if (due.isAfter(clock.instant())) {
        return;
      }
      anonymise(pending.get().id(), system);
    }
    preview(system);
  }
}
