package org.homeward.reintegration.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.reintegration.survey.internal.SurveyTableStore;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The survey tables: the version in force (the one stored last; the table shipped in {@code
 * reintegration/survey-table.json} until another is uploaded), any stored version by name, the
 * upload of a new one, and the scoring of answers.
 */
@Service
public class Surveys {

  static final String SHIPPED = "/reintegration/survey-table.json";
  static final String SUBJECT = "survey-table";

  /** A stored version as the pages list it. */
  public record Version(String version, String source, String storedBy, java.time.Instant at) {}

  private final SurveyTableStore store;
  private final AuditTrail audit;
  private final Clock clock;
  private final Map<String, SurveyTable> parsed = new ConcurrentHashMap<>();

  Surveys(SurveyTableStore store, AuditTrail audit, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.clock = clock;
  }

  /** The table in force. */
  @Transactional
  public SurveyTable current(Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    return current();
  }

  /** The table in force, for the module's own use (scoring a visit). */
  @Transactional
  public SurveyTable current() {
    var stored = store.current();
    if (stored.isEmpty()) {
      String text = shippedText();
      SurveyTable shipped = SurveyTableFormat.parse(text);
      store.add(shipped.version(), text, "SHIPPED", Actor.SYSTEM_USERNAME, clock.instant());
      stored = store.current();
    }
    var row = stored.orElseThrow();
    return parsed.computeIfAbsent(row.version(), v -> SurveyTableFormat.parse(row.content()));
  }

  /** A stored version by its name (the one a visit's scores were computed with). */
  @Transactional(readOnly = true)
  public SurveyTable version(String version) {
    SurveyTable cached = parsed.get(version);
    if (cached != null) {
      return cached;
    }
    var row =
        store.version(version).orElseThrow(() -> new NotFoundException("survey version", version));
    return parsed.computeIfAbsent(version, v -> SurveyTableFormat.parse(row.content()));
  }

  @Transactional
  public List<Version> versions(Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    current();
    return store.all().stream()
        .map(s -> new Version(s.version(), s.source(), s.storedBy(), s.storedAt()))
        .toList();
  }

  /** The scores of these answers with the table in force. */
  @Transactional
  public SurveyScores score(Map<String, String> answers, Actor actor) {
    return current(actor).score(answers);
  }

  /**
   * Checks and stores {@code text} as a new version, which then is in force; nothing is stored when
   * any part of it is wrong, or when its version name is taken.
   */
  @Transactional
  public SurveyTable upload(String text, Actor actor) {
    actor.require(Permission.SURVEY_MANAGE);
    SurveyTable table = SurveyTableFormat.parse(text);
    current();
    if (!store.add(table.version(), text, "UPLOADED", actor.username(), clock.instant())) {
      throw new ConflictException(
          ProblemCode.SURVEY_VERSION_EXISTS,
          "a survey table of version " + table.version() + " is already stored; give it another",
          Map.of("version", table.version()));
    }
    audit.record(
        AuditRecord.of(actor.username(), "survey-table.uploaded", SUBJECT, table.version())
            .withDetails(Map.of("indicators", table.indicators().size())));
    return table;
  }

  private static String shippedText() {
    try (InputStream in = Surveys.class.getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException(SHIPPED + " is missing from the application");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + SHIPPED, e);
    }
  }
}
