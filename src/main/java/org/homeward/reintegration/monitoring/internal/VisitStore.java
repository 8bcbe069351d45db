package org.homeward.reintegration.monitoring.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.registry.CaseId;
import org.homeward.reintegration.monitoring.ActivityStatus;
import org.homeward.reintegration.monitoring.Visit;
import org.homeward.reintegration.monitoring.VisitMode;
import org.homeward.reintegration.survey.SurveyScores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Follow-ups and their visits, with the answers and scores of those done. */
@Repository
public class VisitStore {

  /** The follow-up of one returned household. */
  public record FollowUp(
      CaseId caseId,
      String caseNumber,
      String missionCode,
      String destination,
      String receiving,
      LocalDate arrivedOn,
      String sex,
      String nationality,
      boolean followFurther,
      Instant completedAt,
      String completionNote) {}

  private final JdbcClient jdbc;

  VisitStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Opens the follow-up; false when the case has one already (an event delivered twice). */
  public boolean open(FollowUp f) {
    return jdbc.sql(
                """
                insert into reintegration_follow_up (case_id, case_number, mission_code,
                  destination, receiving, arrived_on, sex, nationality)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (case_id) do nothing
                """)
            .params(
                f.caseId().value(),
                f.caseNumber(),
                f.missionCode(),
                f.destination(),
                f.receiving(),
                f.arrivedOn(),
                f.sex(),
                f.nationality())
            .update()
        == 1;
  }

  public void schedule(CaseId caseId, int number, int months, LocalDate dueOn) {
    jdbc.sql(
            "insert into reintegration_visit (case_id, number, months, due_on) values (?, ?, ?, ?)")
        .params(caseId.value(), number, months, dueOn)
        .update();
  }

  public Optional<FollowUp> followUp(CaseId caseId) {
    return jdbc.sql("select * from reintegration_follow_up where case_id = ?")
        .param(caseId.value())
        .query(VisitStore::followUpRow)
        .optional();
  }

  public List<FollowUp> followUps() {
    return jdbc.sql("select * from reintegration_follow_up order by arrived_on, case_number")
        .query(VisitStore::followUpRow)
        .list();
  }

  public void followFurther(CaseId caseId, boolean further) {
    jdbc.sql("update reintegration_follow_up set follow_further = ? where case_id = ?")
        .params(further, caseId.value())
        .update();
  }

  public void complete(CaseId caseId, String note, Instant at) {
    jdbc.sql(
            "update reintegration_follow_up set completed_at = ?, completion_note = ?"
                + " where case_id = ?")
        .params(Timestamp.from(at), note, caseId.value())
        .update();
  }

  public Optional<Visit> visit(long id) {
    return jdbc.sql(SELECT + " where v.id = ?")
        .param(id)
        .query(this::visitRow)
        .optional()
        .map(this::withAnswers);
  }

  public List<Visit> visitsOf(CaseId caseId) {
    return jdbc
        .sql(SELECT + " where v.case_id = ? order by v.number")
        .param(caseId.value())
        .query(this::visitRow)
        .list()
        .stream()
        .map(this::withAnswers)
        .toList();
  }

  /** Every visit not done yet, soonest due first. */
  public List<Visit> open() {
    return jdbc.sql(SELECT + " where v.done_on is null order by v.due_on, f.case_number")
        .query(this::visitRow)
        .list();
  }

  /** Every visit done, for the averages. */
  public List<Visit> done() {
    return jdbc.sql(SELECT + " where v.done_on is not null order by v.case_id, v.number")
        .query(this::visitRow)
        .list();
  }

  public void take(long id, String officer) {
    jdbc.sql("update reintegration_visit set officer = ? where id = ?")
        .params(officer, id)
        .update();
  }

  /** Records the visit done, with its answers and scores; false when it was done already. */
  public boolean record(
      long id,
      VisitMode mode,
      ActivityStatus activity,
      LocalDate doneOn,
      String notes,
      Map<String, String> answers,
      SurveyScores scores,
      String by,
      Instant at) {
    int changed =
        jdbc.sql(
                """
                update reintegration_visit set mode = ?, activity = ?, done_on = ?, notes = ?,
                  recorded_by = ?, recorded_at = ?, officer = coalesce(officer, ?),
                  survey_version = ?, economic = ?, social = ?, psychosocial = ?, composite = ?,
                  incomplete = ?
                where id = ? and done_on is null
                """)
            .params(
                mode.name(),
                activity.name(),
                doneOn,
                notes,
                by,
                Timestamp.from(at),
                by,
                scores.version(),
                scores.economic(),
                scores.social(),
                scores.psychosocial(),
                scores.composite(),
                String.join(",", scores.incomplete()),
                id)
            .update();
    if (changed == 0) {
      return false;
    }
    answers.forEach((indicator, answer) ->
        jdbc.sql(
                "insert into reintegration_visit_answer (visit_id, indicator_id, answer_id)"
                    + " values (?, ?, ?)")
            .params(id, indicator, answer)
            .update());
    return true;
  }

  private static final String SELECT =
      "select v.*, f.case_number, f.destination from reintegration_visit v"
          + " join reintegration_follow_up f on f.case_id = v.case_id";

  private Visit withAnswers(Visit v) {
    Map<String, String> answers = new LinkedHashMap<>();
    jdbc.sql(
            "select indicator_id, answer_id from reintegration_visit_answer where visit_id = ?"
                + " order by indicator_id")
        .param(v.id())
        .query(rs -> {
          answers.put(rs.getString(1), rs.getString(2));
        });
    return new Visit(
        v.id(),
        v.caseId(),
        v.caseNumber(),
        v.destination(),
        v.number(),
        v.months(),
        v.dueOn(),
        v.officer(),
        v.mode(),
        v.activity(),
        v.doneOn(),
        v.notes(),
        v.surveyVersion(),
        v.economic(),
        v.social(),
        v.psychosocial(),
        v.composite(),
        v.incomplete(),
        answers);
  }

  private Visit visitRow(ResultSet rs, int n) throws SQLException {
    String mode = rs.getString("mode");
    String activity = rs.getString("activity");
    String incomplete = rs.getString("incomplete");
    java.sql.Date done = rs.getDate("done_on");
    return new Visit(
        rs.getLong("id"),
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getString("case_number"),
        rs.getString("destination"),
        rs.getInt("number"),
        rs.getInt("months"),
        rs.getDate("due_on").toLocalDate(),
        rs.getString("officer"),
        mode == null ? null : VisitMode.valueOf(mode),
        activity == null ? null : ActivityStatus.valueOf(activity),
        done == null ? null : done.toLocalDate(),
        rs.getString("notes"),
        rs.getString("survey_version"),
        rs.getBigDecimal("economic"),
        rs.getBigDecimal("social"),
        rs.getBigDecimal("psychosocial"),
        rs.getBigDecimal("composite"),
        incomplete == null || incomplete.isEmpty()
            ? List.of()
            : Arrays.asList(incomplete.split(",")),
        Map.of());
  }

  private static FollowUp followUpRow(ResultSet rs, int n) throws SQLException {
    Timestamp completed = rs.getTimestamp("completed_at");
    return new FollowUp(
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getString("case_number"),
        rs.getString("mission_code"),
        rs.getString("destination"),
        rs.getString("receiving"),
        rs.getDate("arrived_on").toLocalDate(),
        rs.getString("sex"),
        rs.getString("nationality"),
        rs.getBoolean("follow_further"),
        completed == null ? null : completed.toInstant(),
        rs.getString("completion_note"));
  }
}
