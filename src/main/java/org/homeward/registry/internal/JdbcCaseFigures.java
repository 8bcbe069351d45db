package org.homeward.registry.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.homeward.organisation.Holding;
import org.homeward.registry.CaseFigures;
import org.homeward.registry.CaseFigures.Traveller;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.PersonId;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The cases' facts for aggregate figures, read in one statement per page of cases: the members and
 * the first day of each status come as arrays beside the case's row.
 */
@Repository
class JdbcCaseFigures implements CaseFigures {

  /** Cases per page of {@link #forEachCase}. */
  static final int PAGE = 2000;

  private static final String FACTS =
      """
      SELECT c.id, c.mission_code, c.destination_country, c.handed_over, c.status,
        c.registration_date,
        ARRAY(SELECT concat_ws('|', coalesce(p.sex, ''), coalesce(p.date_of_birth::text, ''),
                               p.nationality,
                               array_to_string(p.vulnerabilities || p.derived_vulnerabilities,
                                               ','),
                               array_to_string(p.sensitive_tags, ','))
              FROM registry_person p
              WHERE p.case_id = c.id AND p.merged_into IS NULL
              ORDER BY p.position) AS members,
        ARRAY(SELECT s.to_status || '|' || min((s.at AT TIME ZONE 'UTC')::date)::text
              FROM registry_status_change s WHERE s.case_id = c.id
              GROUP BY s.to_status) AS reached
      FROM registry_case c
      """;

  private final JdbcClient jdbc;
  private final PersonRows people;

  JdbcCaseFigures(JdbcClient jdbc, PersonRows people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  /**
   * The sensitive categories by the tag they are indexed under: counted without opening anyone's
   * sealed part. A tag of an older key (before a rotation resealed the person) is not counted.
   */
  private Map<String, Vulnerability> sensitiveTags() {
    Map<String, Vulnerability> tags = new java.util.HashMap<>();
    for (Vulnerability v : Vulnerability.values()) {
      if (v.isSensitive()) {
        tags.put(people.tagOf(v), v);
      }
    }
    return tags;
  }

  @Override
  public Optional<CaseFacts> factsOf(CaseId id) {
    Map<String, Vulnerability> tags = sensitiveTags();
    return jdbc.sql(FACTS + " WHERE c.id = ?")
        .param(id.value())
        .query((rs, n) -> facts(rs, tags))
        .optional();
  }

  @Override
  public void forEachCase(Consumer<CaseFacts> sink) {
    Map<String, Vulnerability> tags = sensitiveTags();
    UUID after = new UUID(Long.MIN_VALUE, Long.MIN_VALUE);
    boolean first = true;
    while (true) {
      List<CaseFacts> page =
          first
              ? jdbc.sql(FACTS + " ORDER BY c.id LIMIT ?")
                  .param(PAGE)
                  .query((rs, n) -> facts(rs, tags))
                  .list()
              : jdbc.sql(FACTS + " WHERE c.id > ? ORDER BY c.id LIMIT ?")
                  .param(after)
                  .param(PAGE)
                  .query((rs, n) -> facts(rs, tags))
                  .list();
      first = false;
      page.forEach(sink);
      if (page.size() < PAGE) {
        return;
      }
      after = page.getLast().caseId().value();
    }
  }

  private static final String TRAVELLERS =
      """
      WITH page AS (
        SELECT id, mission_code, status, status_changed_at FROM registry_case
        WHERE status = ANY(?) AND id > ? ORDER BY id LIMIT ?)
      SELECT p.id, page.id AS case_id, page.mission_code, page.status, page.status_changed_at,
        p.sex, p.date_of_birth, p.nationality
      FROM page LEFT JOIN registry_person p ON p.case_id = page.id AND p.merged_into IS NULL
      ORDER BY page.id, p.position
      """;

  @Override
  public void forEachTravellerIn(Set<CaseStatus> statuses, Consumer<List<Traveller>> sink) {
    String[] wanted = statuses.stream().map(Enum::name).toArray(String[]::new);
    UUID after = new UUID(0, 0); // the least in PostgreSQL's order, which compares unsigned bytes
    while (true) {
      List<Traveller> page = new ArrayList<>();
      UUID[] last = {null};
      int[] cases = {0};
      jdbc.sql(TRAVELLERS)
          .param(wanted)
          .param(after)
          .param(PAGE)
          .query(rs -> {
            UUID caseId = rs.getObject("case_id", UUID.class);
            if (!caseId.equals(last[0])) {
              last[0] = caseId;
              cases[0]++;
            }
            UUID person = rs.getObject("id", UUID.class);
            if (person != null) {
              String sex = rs.getString("sex");
              page.add(
                  new Traveller(
                      new PersonId(person),
                      new CaseId(caseId),
                      rs.getString("mission_code"),
                      CaseStatus.valueOf(rs.getString("status")),
                      rs.getTimestamp("status_changed_at").toInstant(),
                      sex == null || sex.isBlank() ? null : Sex.valueOf(sex),
                      rs.getObject("date_of_birth", LocalDate.class),
                      rs.getString("nationality")));
            }
          });
      if (!page.isEmpty()) {
        sink.accept(page);
      }
      if (cases[0] < PAGE) {
        return;
      }
      after = last[0];
    }
  }

  @Override
  public long count() {
    return jdbc.sql("SELECT count(*) FROM registry_case").query(Long.class).single();
  }

  private static CaseFacts facts(ResultSet rs, Map<String, Vulnerability> tags)
      throws SQLException {
    LocalDate registered = rs.getObject("registration_date", LocalDate.class);
    List<Member> members = new ArrayList<>();
    for (String m : strings(rs.getArray("members"))) {
      String[] f = m.split("\\|", -1);
      Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);
      if (f.length > 3) {
        for (String v : f[3].split(",")) {
          if (!v.isBlank()) {
            vulnerabilities.add(Vulnerability.valueOf(v));
          }
        }
      }
      if (f.length > 4) {
        for (String tag : f[4].split(",")) {
          Vulnerability v = tags.get(tag);
          if (v != null) {
            vulnerabilities.add(v);
          }
        }
      }
      members.add(
          new Member(
              f[0].isBlank() ? null : Sex.valueOf(f[0]),
              f[1].isBlank() ? null : LocalDate.parse(f[1]),
              f[2],
              vulnerabilities));
    }
    Map<CaseStatus, LocalDate> reached = new EnumMap<>(CaseStatus.class);
    for (String r : strings(rs.getArray("reached"))) {
      String[] f = r.split("\\|");
      reached.put(CaseStatus.valueOf(f[0]), LocalDate.parse(f[1]));
    }
    reached.put(CaseStatus.REGISTERED, registered);
    return new CaseFacts(
        new CaseId(rs.getObject("id", UUID.class)),
        new Holding(
            rs.getString("mission_code"),
            rs.getString("destination_country"),
            rs.getBoolean("handed_over")),
        CaseStatus.valueOf(rs.getString("status")),
        registered,
        members,
        reached);
  }

  private static List<String> strings(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    return List.of((String[]) array.getArray());
  }
}
