package org.homeward.reintegration.monitoring.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.reintegration.monitoring.Monitoring.Average;
import org.homeward.reintegration.monitoring.Monitoring.Followed;
import org.homeward.reintegration.monitoring.Monitoring.Recorded;
import org.homeward.reintegration.monitoring.Visit;
import org.homeward.reintegration.monitoring.internal.VisitStore.FollowUp;

/** The monitoring API's requests and answers. */
final class MonitoringJson {

  private MonitoringJson() {}

  /** Where a visit stands: done, due later, or overdue (not done, its due day past). */
  enum VisitStatus {
    DONE,
    DUE,
    OVERDUE;

    static VisitStatus of(Visit v, LocalDate today) {
      return v.done() ? DONE : v.overdue(today) ? OVERDUE : DUE;
    }
  }

  /** A visit; its scores are written as null until it is done, or when nothing was answered. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record VisitJson(
      long id,
      String caseId,
      String caseNumber,
      String destination,
      int number,
      int months,
      LocalDate dueOn,
      String officer,
      VisitStatus status,
      String mode,
      String activity,
      LocalDate doneOn,
      String notes,
      String surveyVersion,
      BigDecimal economic,
      BigDecimal social,
      BigDecimal psychosocial,
      BigDecimal composite,
      List<String> incomplete,
      Map<String, String> answers) {

    static VisitJson of(Visit v, LocalDate today) {
      return new VisitJson(
          v.id(),
          v.caseId().toString(),
          v.caseNumber(),
          v.destination(),
          v.number(),
          v.months(),
          v.dueOn(),
          v.officer(),
          VisitStatus.of(v, today),
          v.mode() == null ? null : v.mode().name(),
          v.activity() == null ? null : v.activity().name(),
          v.doneOn(),
          v.notes(),
          v.surveyVersion(),
          v.economic(),
          v.social(),
          v.psychosocial(),
          v.composite(),
          v.incomplete() == null ? List.of() : v.incomplete(),
          v.answers() == null ? Map.of() : v.answers());
    }
  }

  /** One officer's overdue visits; officer null for those nobody took yet. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record OfficerJson(String officer, List<VisitJson> visits) {}

  /** Either the whole calendar ({@code visits}) or, when asked, the overdue ones per officer. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record CalendarJson(List<VisitJson> visits, List<OfficerJson> overdue) {

    static CalendarJson calendar(List<Visit> visits, LocalDate today) {
      return new CalendarJson(visits.stream().map(v -> VisitJson.of(v, today)).toList(), null);
    }

    static CalendarJson overdue(Map<String, List<Visit>> per, LocalDate today) {
      List<OfficerJson> officers = new ArrayList<>();
      per.forEach((officer, visits) ->
          officers.add(
              new OfficerJson(
                  officer.isEmpty() ? null : officer,
                  visits.stream().map(v -> VisitJson.of(v, today)).toList())));
      return new CalendarJson(null, officers);
    }
  }

  /** What a visit found, as sent: each field checked and named when wrong. */
  record RecordRequest(
      String mode, String activity, String doneOn, String notes, Map<String, String> answers) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record RecordedJson(
      VisitJson visit, boolean monitoringCompleted, boolean caseClosed, String note) {
    static RecordedJson of(Recorded r, LocalDate today) {
      return new RecordedJson(VisitJson.of(r.visit(), today), r.completed(), r.closed(), r.note());
    }
  }

  /** The scores of one visit done, a point of the trend. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record TrendPoint(
      int number,
      int months,
      LocalDate doneOn,
      String surveyVersion,
      BigDecimal economic,
      BigDecimal social,
      BigDecimal psychosocial,
      BigDecimal composite,
      List<String> incomplete) {}

  /**
   * The follow-up of a household: when it arrived, whether it is followed beyond the schedule,
   * whether its monitoring is complete, its visits, and the trend of its scores with the change of
   * the composite from the first visit done to the last (null until two have a composite).
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record FollowUpJson(
      String caseId,
      String caseNumber,
      String missionCode,
      String destination,
      LocalDate arrivedOn,
      boolean followFurther,
      Instant completedAt,
      String completionNote,
      List<VisitJson> visits,
      List<TrendPoint> trend,
      BigDecimal compositeChange) {

    static FollowUpJson of(Followed followed, LocalDate today) {
      FollowUp f = followed.followUp();
      List<TrendPoint> trend =
          followed.visits().stream()
              .filter(Visit::done)
              .map(v ->
                  new TrendPoint(
                      v.number(),
                      v.months(),
                      v.doneOn(),
                      v.surveyVersion(),
                      v.economic(),
                      v.social(),
                      v.psychosocial(),
                      v.composite(),
                      v.incomplete()))
              .toList();
      List<BigDecimal> composites =
          trend.stream().map(TrendPoint::composite).filter(c -> c != null).toList();
      BigDecimal change =
          composites.size() < 2
              ? null
              : composites.get(composites.size() - 1).subtract(composites.get(0));
      return new FollowUpJson(
          f.caseId().toString(),
          f.caseNumber(),
          f.missionCode(),
          f.destination(),
          f.arrivedOn(),
          f.followFurther(),
          f.completedAt(),
          f.completionNote(),
          followed.visits().stream().map(v -> VisitJson.of(v, today)).toList(),
          trend,
          change);
    }
  }

  record FurtherRequest(Boolean further) {}

  @JsonInclude(JsonInclude.Include.ALWAYS)
  record AverageJson(
      int months,
      int visits,
      BigDecimal economic,
      BigDecimal social,
      BigDecimal psychosocial,
      BigDecimal composite) {
    static AverageJson of(Average a) {
      return new AverageJson(
          a.months(), a.visits(), a.economic(), a.social(), a.psychosocial(), a.composite());
    }
  }
}
