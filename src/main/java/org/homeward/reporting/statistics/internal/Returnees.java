package org.homeward.reporting.statistics.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.reporting.statistics.AgeGroup;
import org.homeward.reporting.statistics.Measure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who returned and who was assisted to reintegrate, one row a person, and the counts kept with them
 * in the same statement: a person is counted once for each measure, however often the event that
 * counts them arrives.
 */
@Repository
public class Returnees {

  private final JdbcClient jdbc;

  Returnees(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Counts the person under {@code measure} on {@code on} (the day they left, or the day their
   * reintegration plan was approved), in their age group on that day; true when they were not
   * counted under it before.
   */
  public boolean count(
      Measure measure,
      UUID person,
      UUID caseId,
      String mission,
      String country,
      String sex,
      AgeGroup age,
      LocalDate on) {
    String m = measure == Measure.RETURNED ? "returned" : "reintegrated";
    return jdbc.sql(
                """
                with fact as (
                  insert into reporting_returnee
                    (person_id, case_id, mission_code, country, sex, %1$s_on, %1$s_age_group)
                  values (:person, :case, :mission, :country, :sex, :on, :age)
                  on conflict (person_id) do update
                     set %1$s_on = excluded.%1$s_on,
                         %1$s_age_group = excluded.%1$s_age_group
                   where reporting_returnee.%1$s_on is null
                  returning country, sex, %1$s_age_group, %1$s_on)
                insert into reporting_statistics_cell (country, sex, age_group, year, %1$s)
                select country, sex, %1$s_age_group, extract(year from %1$s_on)::int, 1
                  from fact
                on conflict (country, sex, age_group, year) do update
                   set %1$s = reporting_statistics_cell.%1$s + 1
                """
                    .formatted(m))
            .param("person", person)
            .param("case", caseId)
            .param("mission", mission)
            .param("country", country)
            .param("sex", sex)
            .param("on", on)
            .param("age", age.code())
            .update()
        > 0;
  }

  /** A person to count, as {@link #count} takes them. */
  public record Counted(
      UUID person,
      UUID caseId,
      String mission,
      String country,
      String sex,
      AgeGroup age,
      LocalDate on) {}

  /**
   * Counts each of the people under {@code measure} as {@link #count} does, in one statement (all
   * or none): those counted under it before are left as they are. True when someone was counted
   * now. Each person appears once.
   */
  public boolean countAll(Measure measure, List<Counted> people) {
    if (people.isEmpty()) {
      return false;
    }
    List<Counted> sorted =
        people.stream().sorted(java.util.Comparator.comparing(Counted::person)).toList();
    String m = measure == Measure.RETURNED ? "returned" : "reintegrated";
    return jdbc.sql(
                """
                with input as (
                  select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[],
                                       ?::date[], ?::text[])
                    as t(person_id, case_id, mission_code, country, sex, on_day, age_group)),
                fact as (
                  insert into reporting_returnee
                    (person_id, case_id, mission_code, country, sex, %1$s_on, %1$s_age_group)
                  select person_id, case_id, mission_code, country, sex, on_day, age_group from input
                  on conflict (person_id) do update
                     set %1$s_on = excluded.%1$s_on,
                         %1$s_age_group = excluded.%1$s_age_group
                   where reporting_returnee.%1$s_on is null
                  returning country, sex, %1$s_age_group, %1$s_on)
                insert into reporting_statistics_cell (country, sex, age_group, year, %1$s)
                select country, sex, %1$s_age_group, extract(year from %1$s_on)::int, count(*)
                  from fact group by 1, 2, 3, 4
                on conflict (country, sex, age_group, year) do update
                   set %1$s = reporting_statistics_cell.%1$s + excluded.%1$s
                """
                    .formatted(m))
            .param(sorted.stream().map(Counted::person).toArray(UUID[]::new))
            .param(sorted.stream().map(Counted::caseId).toArray(UUID[]::new))
            .param(sorted.stream().map(Counted::mission).toArray(String[]::new))
            .param(sorted.stream().map(Counted::country).toArray(String[]::new))
            .param(sorted.stream().map(Counted::sex).toArray(String[]::new))
            .param(sorted.stream().map(c -> c.on().toString()).toArray(String[]::new))
            .param(sorted.stream().map(c -> c.age().code()).toArray(String[]::new))
            .update()
        > 0;
  }

  /** The day the case's household left, when reporting counted it as returned. */
  public java.util.Optional<LocalDate> returnedOn(UUID caseId) {
    return jdbc.sql(
            "select returned_on from reporting_returnee where case_id = :case"
                + " and returned_on is not null order by returned_on limit 1")
        .param("case", caseId)
        .query(LocalDate.class)
        .optional();
  }

  /** The people of the mission's cases who have returned. */
  public long countReturned(String mission) {
    return jdbc.sql(
            "select count(*) from reporting_returnee where returned_on is not null"
                + " and mission_code = :mission")
        .param("mission", mission)
        .query(Long.class)
        .single();
  }

  public boolean filled() {
    return jdbc.sql("select count(*) from reporting_statistics_fill").query(Long.class).single()
        > 0;
  }

  public void markFilled() {
    jdbc.sql(
            "insert into reporting_statistics_fill (id, filled_at) values (1, now())"
                + " on conflict do nothing")
        .update();
  }
}
