package org.homeward.matching.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.matching.Explanation;
import org.homeward.matching.MatchingRun;
import org.homeward.matching.ReviewStatus;
import org.homeward.matching.RunStatus;
import org.homeward.matching.Verdict;
import org.homeward.organisation.CaseScope;
import org.homeward.organisation.Holding;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.registry.PersonIdentity;
import org.homeward.registry.RegisteredPerson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Candidate pairs, decisions, merges and runs, in plain SQL over the matching tables. */
@Repository
public class MatchingStore {

  private static final TypeReference<Map<String, String>> KEPT = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final JsonMapper json;

  MatchingStore(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
    this.jdbc = jdbc;
    this.template = template;
    this.json = json;
  }

  /** A stored pair. */
  public record Candidate(
      long id,
      PersonId personA,
      PersonId personB,
      double probability,
      Verdict verdict,
      Explanation explanation,
      ReviewStatus status,
      String foundBy,
      Instant foundAt,
      Long mergeId) {}

  /** A stored merge. */
  public record Merge(
      long id,
      long candidateId,
      PersonId survivor,
      PersonId duplicate,
      Map<String, String> kept,
      PersonIdentity survivorBefore,
      PersonIdentity duplicateIdentity,
      PersonIdentity merged,
      boolean undone) {}

  /** A pair to queue: its two people, and how and why they were found alike. */
  public record Found(
      RegisteredPerson a,
      RegisteredPerson b,
      double probability,
      Verdict verdict,
      Explanation explanation) {}

  private static final String QUEUE =
      """
      INSERT INTO matching_candidate (person_a, case_a, mission_a, destination_a,
        handed_over_a, person_b, case_b, mission_b, destination_b, handed_over_b,
        probability, verdict, explanation, found_by, found_at)
      SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?
      WHERE NOT EXISTS (SELECT 1 FROM matching_distinct_pair d
        WHERE d.person_low = LEAST(?::uuid, ?::uuid)
          AND d.person_high = GREATEST(?::uuid, ?::uuid))
      ON CONFLICT DO NOTHING
      """;

  /** A pair waits only while neither of its records is merged away in another decision. */
  private static final String STILL_WAITING =
      " AND NOT EXISTS (SELECT 1 FROM matching_merge m WHERE m.undone_at IS NULL"
          + " AND m.duplicate IN (c.person_a, c.person_b))";

  /** How many pairs one round trip to the database queues at most. */
  private static final int BATCH = 500;

  /**
   * Queues the pair {@code a}–{@code b} unless it is already queued (whatever was decided on it) or
   * was marked "not the same person"; true when queued now.
   */
  public boolean queue(
      RegisteredPerson a,
      RegisteredPerson b,
      double probability,
      Verdict verdict,
      Explanation explanation,
      String foundBy,
      Instant at) {
    return jdbc.sql(QUEUE)
            .params(row(new Found(a, b, probability, verdict, explanation), foundBy, at))
            .update()
        == 1;
  }

  /**
   * Queues each pair as {@link #queue} does, a few hundred to a round trip, as a registry-wide run
   * finds them by the thousand; how many were queued now. A run stopped half-way and resumed queues
   * again what it had queued already, and that changes nothing.
   */
  public int queueAll(List<Found> pairs, String foundBy, Instant at) {
    List<Object[]> rows = new ArrayList<>(pairs.size());
    for (Found pair : pairs) {
      rows.add(row(pair, foundBy, at));
    }
    int queued = 0;
    for (int[] counts : template.batchUpdate(QUEUE, rows, BATCH, MatchingStore::setRow)) {
      for (int count : counts) {
        queued += Math.max(0, count);
      }
    }
    return queued;
  }

  private static void setRow(PreparedStatement statement, Object[] row) throws SQLException {
    for (int k = 0; k < row.length; k++) {
      statement.setObject(k + 1, row[k]);
    }
  }

  private Object[] row(Found pair, String foundBy, Instant at) {
    RegisteredPerson a = pair.a();
    RegisteredPerson b = pair.b();
    return new Object[] {
      a.personId().value(),
      a.caseId().value(),
      a.holding().missionCode(),
      a.holding().destinationCountry(),
      a.holding().handedOver(),
      b.personId().value(),
      b.caseId().value(),
      b.holding().missionCode(),
      b.holding().destinationCountry(),
      b.holding().handedOver(),
      pair.probability(),
      pair.verdict().name(),
      json.writeValueAsString(pair.explanation()),
      foundBy,
      Timestamp.from(at),
      a.personId().value(),
      b.personId().value(),
      a.personId().value(),
      b.personId().value()
    };
  }

  public boolean isDistinct(PersonId a, PersonId b) {
    return jdbc.sql(
                "SELECT count(*) FROM matching_distinct_pair WHERE person_low = LEAST(?::uuid, ?::uuid)"
                    + " AND person_high = GREATEST(?::uuid, ?::uuid)")
            .params(a.value(), b.value(), a.value(), b.value())
            .query(Long.class)
            .single()
        > 0;
  }

  /**
   * Open pairs within {@code scope} (both people's missions in it), most likely first; a pair whose
   * record was merged away in another decision no longer waits.
   */
  public List<Candidate> openPairs(CaseScope scope, int page, int size) {
    StringBuilder sql = new StringBuilder(SELECT_CANDIDATE + " WHERE c.status = 'OPEN'");
    List<Object> params = new ArrayList<>();
    within(scope, sql, params);
    sql.append(" ORDER BY c.probability DESC, c.id LIMIT ? OFFSET ?");
    params.add(size);
    params.add((long) page * size);
    return jdbc.sql(sql.toString()).params(params).query(this::candidate).list();
  }

  public long countOpen(CaseScope scope) {
    StringBuilder sql =
        new StringBuilder("SELECT count(*) FROM matching_candidate c WHERE c.status = 'OPEN'");
    List<Object> params = new ArrayList<>();
    within(scope, sql, params);
    return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
  }

  private static void within(CaseScope scope, StringBuilder sql, List<Object> params) {
    sql.append(STILL_WAITING);
    // both people's cases within the scope
    CaseScope.Condition a = scope.condition("c.mission_a", "c.destination_a", "c.handed_over_a");
    CaseScope.Condition b = scope.condition("c.mission_b", "c.destination_b", "c.handed_over_b");
    sql.append(" AND ").append(a.sql()).append(" AND ").append(b.sql());
    params.addAll(a.params());
    params.addAll(b.params());
  }

  /** Records where a case now stands in every pair it is part of, for the queue's access rule. */
  public void moveHolding(CaseId id, Holding holding) {
    jdbc.sql(
            "UPDATE matching_candidate SET mission_a = ?, destination_a = ?, handed_over_a = ?"
                + " WHERE case_a = ?")
        .params(
            holding.missionCode(), holding.destinationCountry(), holding.handedOver(), id.value())
        .update();
    jdbc.sql(
            "UPDATE matching_candidate SET mission_b = ?, destination_b = ?, handed_over_b = ?"
                + " WHERE case_b = ?")
        .params(
            holding.missionCode(), holding.destinationCountry(), holding.handedOver(), id.value())
        .update();
  }

  public Optional<Candidate> candidate(long id, boolean lock) {
    return jdbc.sql(SELECT_CANDIDATE + " WHERE c.id = ?" + (lock ? " FOR UPDATE OF c" : ""))
        .param(id)
        .query(this::candidate)
        .optional();
  }

  /**
   * Open pairs that involve this person, as the queue holds them: a pair whose other record was
   * merged away in another decision no longer waits.
   */
  public List<Candidate> openPairsOf(PersonId person) {
    return jdbc.sql(
            SELECT_CANDIDATE
                + " WHERE (c.person_a = ? OR c.person_b = ?) AND c.status = 'OPEN'"
                + STILL_WAITING
                + " ORDER BY c.id")
        .params(person.value(), person.value())
        .query(this::candidate)
        .list();
  }

  public void decide(
      long id, ReviewStatus status, String decision, Long mergeId, String actor, Instant at) {
    jdbc.sql(
            "UPDATE matching_candidate SET status = ?, decided_by = ?, decided_at = ? WHERE id = ?")
        .params(status.name(), actor, Timestamp.from(at), id)
        .update();
    jdbc.sql(
            "INSERT INTO matching_decision (candidate_id, decision, merge_id, decided_by, decided_at)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(id, decision, mergeId, actor, Timestamp.from(at))
        .update();
  }

  public void markDistinct(PersonId a, PersonId b, long candidateId, String actor, Instant at) {
    // ordered by the database, whose uuid order is not Java's (signed) one
    jdbc.sql(
            "INSERT INTO matching_distinct_pair (person_low, person_high, candidate_id, decided_by,"
                + " decided_at) VALUES (LEAST(?::uuid, ?::uuid), GREATEST(?::uuid, ?::uuid), ?, ?, ?)"
                + " ON CONFLICT DO NOTHING")
        .params(a.value(), b.value(), a.value(), b.value(), candidateId, actor, Timestamp.from(at))
        .update();
  }

  public long insertMerge(
      long candidateId,
      PersonId survivor,
      PersonId duplicate,
      Map<String, String> kept,
      PersonIdentity survivorBefore,
      PersonIdentity duplicateIdentity,
      PersonIdentity merged,
      String actor,
      Instant at) {
    return jdbc.sql(
            """
            INSERT INTO matching_merge (candidate_id, survivor, duplicate, kept, survivor_before,
              duplicate_identity, merged_identity, merged_by, merged_at)
            VALUES (?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?) RETURNING id
            """)
        .params(
            candidateId,
            survivor.value(),
            duplicate.value(),
            json.writeValueAsString(kept),
            json.writeValueAsString(survivorBefore),
            json.writeValueAsString(duplicateIdentity),
            json.writeValueAsString(merged),
            actor,
            Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  public Optional<Merge> merge(long id, boolean lock) {
    return jdbc.sql("SELECT * FROM matching_merge WHERE id = ?" + (lock ? " FOR UPDATE" : ""))
        .param(id)
        .query((rs, n) ->
            new Merge(
                rs.getLong("id"),
                rs.getLong("candidate_id"),
                new PersonId(rs.getObject("survivor", UUID.class)),
                new PersonId(rs.getObject("duplicate", UUID.class)),
                json.readValue(rs.getString("kept"), KEPT),
                json.readValue(rs.getString("survivor_before"), PersonIdentity.class),
                json.readValue(rs.getString("duplicate_identity"), PersonIdentity.class),
                json.readValue(rs.getString("merged_identity"), PersonIdentity.class),
                rs.getTimestamp("undone_at") != null))
        .optional();
  }

  public void markUndone(long mergeId, String actor, Instant at) {
    jdbc.sql("UPDATE matching_merge SET undone_by = ?, undone_at = ? WHERE id = ?")
        .params(actor, Timestamp.from(at), mergeId)
        .update();
  }

  // runs

  public long createRun(String actor, Instant at) {
    return jdbc.sql(
            "INSERT INTO matching_run (status, started_by, started_at, updated_at)"
                + " VALUES ('RUNNING', ?, ?, ?) RETURNING id")
        .params(actor, Timestamp.from(at), Timestamp.from(at))
        .query(Long.class)
        .single();
  }

  public Optional<MatchingRun> run(long id) {
    return jdbc.sql("SELECT * FROM matching_run WHERE id = ?")
        .param(id)
        .query(MatchingStore::run)
        .optional();
  }

  public Optional<MatchingRun> latestRun(boolean lock) {
    return jdbc.sql(
            "SELECT * FROM matching_run ORDER BY id DESC LIMIT 1" + (lock ? " FOR UPDATE" : ""))
        .query(MatchingStore::run)
        .optional();
  }

  /** Moves a run from one of {@code from} to {@code to}; false when it was in none of them. */
  public boolean moveRun(long id, List<RunStatus> from, RunStatus to, Instant at) {
    return jdbc.sql(
                "UPDATE matching_run SET status = ?, updated_at = ?,"
                    + " finished_at = CASE WHEN ? IN ('COMPLETED', 'FAILED') THEN ?::timestamptz END"
                    + " WHERE id = ? AND status = ANY (?)")
            .params(
                to.name(),
                Timestamp.from(at),
                to.name(),
                Timestamp.from(at),
                id,
                from.stream().map(Enum::name).toArray(String[]::new))
            .update()
        == 1;
  }

  public void progress(long id, int total, int done, int newPairs, Instant at) {
    jdbc.sql(
            "UPDATE matching_run SET total = ?, done = ?, pairs_found = pairs_found + ?,"
                + " updated_at = ? WHERE id = ?")
        .params(total, done, newPairs, Timestamp.from(at), id)
        .update();
  }

  public void fail(long id, String failure, Instant at) {
    jdbc.sql(
            "UPDATE matching_run SET status = 'FAILED', failure = ?, updated_at = ?,"
                + " finished_at = ? WHERE id = ?")
        .params(failure, Timestamp.from(at), Timestamp.from(at), id)
        .update();
  }

  /** Runs left RUNNING by a stop of the application: stopped, to be resumed. */
  public int stopInterruptedRuns(Instant at) {
    return jdbc.sql(
            "UPDATE matching_run SET status = 'STOPPED', updated_at = ?"
                + " WHERE status IN ('RUNNING', 'STOPPING')")
        .param(Timestamp.from(at))
        .update();
  }

  private static final String SELECT_CANDIDATE =
      """
      SELECT c.*, (SELECT m.id FROM matching_merge m WHERE m.candidate_id = c.id
        AND m.undone_at IS NULL ORDER BY m.id DESC LIMIT 1) AS merge_id
      FROM matching_candidate c
      """;

  private Candidate candidate(ResultSet rs, int n) throws SQLException {
    Long mergeId = rs.getObject("merge_id", Long.class);
    return new Candidate(
        rs.getLong("id"),
        new PersonId(rs.getObject("person_a", UUID.class)),
        new PersonId(rs.getObject("person_b", UUID.class)),
        rs.getDouble("probability"),
        Verdict.valueOf(rs.getString("verdict")),
        json.readValue(rs.getString("explanation"), Explanation.class),
        ReviewStatus.valueOf(rs.getString("status")),
        rs.getString("found_by"),
        rs.getTimestamp("found_at").toInstant(),
        mergeId);
  }

  private static MatchingRun run(ResultSet rs, int n) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new MatchingRun(
        rs.getLong("id"),
        RunStatus.valueOf(rs.getString("status")),
        rs.getInt("total"),
        rs.getInt("done"),
        rs.getInt("pairs_found"),
        rs.getString("started_by"),
        rs.getTimestamp("started_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        finished == null ? null : finished.toInstant());
  }
}
