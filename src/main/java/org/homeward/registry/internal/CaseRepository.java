package org.homeward.registry.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.organisation.CaseScope;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseSearch;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.CaseSummary;
import org.homeward.registry.Consent;
import org.homeward.registry.DocumentType;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.registry.PersonIdentity;
import org.homeward.registry.Priority;
import org.homeward.registry.PriorityLevel;
import org.homeward.registry.RegisteredPerson;
import org.homeward.registry.Relationship;
import org.homeward.registry.ResultPage;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Cases with their members and consent, in plain SQL. */
@Repository
public class CaseRepository {

  private static final TypeReference<List<Map<String, String>>> DOCUMENTS =
      new TypeReference<>() {};

  private static final TypeReference<SensitivePart> SENSITIVE = new TypeReference<>() {};

  /** What a line of a list shows; the query adds {@code FROM registry_case c JOIN ... pr}. */
  private static final String SUMMARY_COLUMNS =
      """
      SELECT c.*, pr.given_name, pr.family_name, pr.nationality,
        (SELECT count(*) FROM registry_person m WHERE m.case_id = c.id) AS member_count,
        (SELECT array_agg(DISTINCT x) FROM registry_person m,
           unnest(m.vulnerabilities || m.derived_vulnerabilities) x
         WHERE m.case_id = c.id) AS all_vulnerabilities
      """;

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final FieldEncryption encryption;

  CaseRepository(JdbcClient jdbc, JsonMapper json, FieldEncryption encryption) {
    this.jdbc = jdbc;
    this.json = json;
    this.encryption = encryption;
  }

  /** What is sealed of a person: the sensitive categories and the assessment notes. */
  record SensitivePart(List<String> vulnerabilities, String notes) {}

  /** The next number of the mission's series for {@code year}, e.g. 42 for MAR-2012-000042. */
  public String nextCaseNumber(String missionCode, int year) {
    int number =
        jdbc.sql(
                """
                INSERT INTO registry_case_number (mission_code, year, last_number) VALUES (?, ?, 1)
                ON CONFLICT (mission_code, year)
                DO UPDATE SET last_number = registry_case_number.last_number + 1
                RETURNING last_number
                """)
            .params(missionCode, year)
            .query(Integer.class)
            .single();
    return "%s-%d-%06d".formatted(missionCode.replace("-", ""), year, number);
  }

  public void insert(Case c) {
    jdbc.sql(
            """
            INSERT INTO registry_case (id, case_number, mission_code, status, status_changed_at,
              destination_country, final_destination, registration_site, registration_date, priority,
              priority_level, version, created_at, created_by, updated_at, updated_by, handed_over)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            c.id().value(),
            c.caseNumber(),
            c.missionCode(),
            c.status().name(),
            Timestamp.from(c.statusChangedAt()),
            c.destinationCountry(),
            c.finalDestination(),
            c.registrationSite(),
            c.registrationDate(),
            c.priority().score(),
            c.priority().level().name(),
            c.version(),
            Timestamp.from(c.createdAt()),
            c.createdBy(),
            Timestamp.from(c.updatedAt()),
            c.createdBy(),
            c.handedOver())
        .update();
    saveMembers(c);
  }

  /**
   * Writes {@code c} over the stored case if the stored one still has {@code expectedVersion};
   * returns false (and writes nothing) when someone else changed it first.
   */
  public boolean update(Case c, long expectedVersion, String actor) {
    int rows =
        jdbc.sql(
                """
                UPDATE registry_case SET status = ?, status_changed_at = ?, destination_country = ?,
                  final_destination = ?, registration_site = ?, registration_date = ?, priority = ?,
                  priority_level = ?, version = ?, updated_at = ?, updated_by = ?, handed_over = ?
                WHERE id = ? AND version = ?
                """)
            .params(
                c.status().name(),
                Timestamp.from(c.statusChangedAt()),
                c.destinationCountry(),
                c.finalDestination(),
                c.registrationSite(),
                c.registrationDate(),
                c.priority().score(),
                c.priority().level().name(),
                c.version(),
                Timestamp.from(c.updatedAt()),
                actor,
                c.handedOver(),
                c.id().value(),
                expectedVersion)
            .update();
    if (rows == 0) {
      return false;
    }
    saveMembers(c);
    return true;
  }

  private void saveMembers(Case c) {
    UUID[] kept = c.members().stream().map(m -> m.id().value()).toArray(UUID[]::new);
    jdbc.sql("DELETE FROM registry_person WHERE case_id = ? AND NOT (id = ANY (?))")
        .params(c.id().value(), kept)
        .update();
    for (int i = 0; i < c.members().size(); i++) {
      Person p = c.members().get(i);
      String names =
          String.join(" ", p.givenName(), p.familyName(), String.join(" ", p.otherNames()));
      byte[] sealed = seal(p);
      jdbc.sql(
              """
              INSERT INTO registry_person (id, case_id, position, relationship, given_name,
                family_name, other_names, sex, date_of_birth, dob_estimated, nationality,
                place_of_birth, languages, phone, current_city, documents, vulnerabilities,
                derived_vulnerabilities, vulnerability_notes, sensitive_data, sensitive_key,
                sensitive_tags, search_name)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, NULL, ?, ?, ?, ?)
              ON CONFLICT (id) DO UPDATE SET position = excluded.position,
                relationship = excluded.relationship, given_name = excluded.given_name,
                family_name = excluded.family_name, other_names = excluded.other_names,
                sex = excluded.sex, date_of_birth = excluded.date_of_birth,
                dob_estimated = excluded.dob_estimated, nationality = excluded.nationality,
                place_of_birth = excluded.place_of_birth, languages = excluded.languages,
                phone = excluded.phone, current_city = excluded.current_city,
                documents = excluded.documents, vulnerabilities = excluded.vulnerabilities,
                derived_vulnerabilities = excluded.derived_vulnerabilities,
                vulnerability_notes = NULL, sensitive_data = excluded.sensitive_data,
                sensitive_key = excluded.sensitive_key, sensitive_tags = excluded.sensitive_tags,
                search_name = excluded.search_name
              WHERE registry_person.case_id = excluded.case_id
              """)
          .params(
              p.id().value(),
              c.id().value(),
              i,
              p.relationship().name(),
              p.givenName(),
              p.familyName(),
              p.otherNames().toArray(String[]::new),
              p.sex() == null ? null : p.sex().name(),
              p.dateOfBirth(),
              p.dobEstimated(),
              p.nationality(),
              p.placeOfBirth(),
              p.languages().toArray(String[]::new),
              p.phone(),
              p.currentCity(),
              documentsJson(p.documents()),
              names(p.vulnerabilities().stream().filter(v -> !v.isSensitive()).toList()),
              names(p.derivedVulnerabilities()),
              sealed,
              sealed == null ? null : encryption.activeKeyId(),
              tags(p),
              SearchText.normalise(names))
          .update();
    }
  }

  /** The person's sensitive part sealed for this person alone; null when there is none. */
  private byte[] seal(Person p) {
    List<String> sensitive =
        p.vulnerabilities().stream()
            .filter(Vulnerability::isSensitive)
            .map(Enum::name)
            .sorted()
            .toList();
    if (sensitive.isEmpty() && p.vulnerabilityNotes() == null) {
      return null;
    }
    return encryption.seal(
        json.writeValueAsString(new SensitivePart(sensitive, p.vulnerabilityNotes())),
        p.id().toString());
  }

  private String[] tags(Person p) {
    return p.vulnerabilities().stream()
        .filter(Vulnerability::isSensitive)
        .map(v -> encryption.blindIndex(v.name()))
        .sorted()
        .toArray(String[]::new);
  }

  /** The tag a sensitive category is indexed under. */
  public String tagOf(Vulnerability vulnerability) {
    return encryption.blindIndex(vulnerability.name());
  }

  public void saveConsent(CaseId id, Consent consent, Instant recordedAt) {
    jdbc.sql(
            """
            INSERT INTO registry_consent (case_id, declared_on, counsellor, language, signed,
              recorded_by, recorded_at, withdrawn_at, withdrawal_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (case_id) DO UPDATE SET declared_on = excluded.declared_on,
              counsellor = excluded.counsellor, language = excluded.language,
              signed = excluded.signed, recorded_by = excluded.recorded_by,
              recorded_at = excluded.recorded_at, withdrawn_at = excluded.withdrawn_at,
              withdrawal_reason = excluded.withdrawal_reason
            """)
        .params(
            id.value(),
            consent.declaredOn(),
            consent.counsellor(),
            consent.language(),
            consent.signed(),
            consent.recordedBy(),
            Timestamp.from(recordedAt),
            consent.withdrawnAt() == null ? null : Timestamp.from(consent.withdrawnAt()),
            consent.withdrawalReason())
        .update();
  }

  public void recordStatusChange(
      CaseId id, CaseStatus from, CaseStatus to, String reason, String actor, Instant at) {
    jdbc.sql(
            "INSERT INTO registry_status_change (case_id, from_status, to_status, reason, actor, at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(
            id.value(),
            from == null ? null : from.name(),
            to.name(),
            reason,
            actor,
            Timestamp.from(at))
        .update();
  }

  public Optional<Case> find(CaseId id) {
    return find(id, false);
  }

  /** Reads the case and locks its row until the transaction ends, for a change. */
  public Optional<Case> findForUpdate(CaseId id) {
    return find(id, true);
  }

  private Optional<Case> find(CaseId id, boolean lock) {
    Optional<CaseRow> row =
        jdbc.sql("SELECT * FROM registry_case WHERE id = ?" + (lock ? " FOR UPDATE" : ""))
            .param(id.value())
            .query(CaseRepository::caseRow)
            .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    List<Person> members =
        jdbc.sql("SELECT * FROM registry_person WHERE case_id = ? ORDER BY position")
            .param(id.value())
            .query(this::person)
            .list();
    Consent consent =
        jdbc.sql("SELECT * FROM registry_consent WHERE case_id = ?")
            .param(id.value())
            .query(CaseRepository::consent)
            .optional()
            .orElse(null);
    return Optional.of(row.get().toCase(members, consent));
  }

  /** The case a user's idempotency key already produced, if it did. */
  public Optional<IdempotentRequest> claimIdempotencyKey(
      String username, String key, String requestHash) {
    int claimed =
        jdbc.sql(
                "INSERT INTO registry_idempotency_key (username, key, request_hash) VALUES (?, ?, ?)"
                    + " ON CONFLICT DO NOTHING")
            .params(username, key, requestHash)
            .update();
    if (claimed == 1) {
      return Optional.empty();
    }
    return jdbc.sql(
            "SELECT request_hash, case_id FROM registry_idempotency_key WHERE username = ? AND key = ?")
        .params(username, key)
        .query((rs, n) ->
            new IdempotentRequest(
                rs.getString("request_hash"),
                rs.getObject("case_id") == null
                    ? null
                    : new CaseId(rs.getObject("case_id", UUID.class))))
        .optional();
  }

  public void completeIdempotencyKey(String username, String key, CaseId id) {
    jdbc.sql("UPDATE registry_idempotency_key SET case_id = ? WHERE username = ? AND key = ?")
        .params(id.value(), username, key)
        .update();
  }

  public record IdempotentRequest(String requestHash, CaseId caseId) {}

  /**
   * One page of the cases matching {@code search} within {@code scope}. A filter on a sensitive
   * category also keeps to {@code sensitiveScope}, the cases whose sensitive data the reader may
   * know.
   */
  public ResultPage<CaseSummary> search(
      CaseSearch search, CaseScope scope, CaseScope sensitiveScope) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    List<Object> params = new ArrayList<>();
    within(scope, where, params);
    if (!search.statuses().isEmpty()) {
      where.append(" AND c.status = ANY (?)");
      params.add(search.statuses().stream().map(Enum::name).toArray(String[]::new));
    }
    if (search.nationality() != null) {
      where.append(" AND pr.nationality = ?");
      params.add(search.nationality());
    }
    if (search.vulnerability() != null && search.vulnerability().isSensitive()) {
      within(sensitiveScope, where, params);
      where.append(
          " AND EXISTS (SELECT 1 FROM registry_person v WHERE v.case_id = c.id"
              + " AND ? = ANY (v.sensitive_tags))");
      params.add(tagOf(search.vulnerability()));
    } else if (search.vulnerability() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM registry_person v WHERE v.case_id = c.id AND (? = ANY"
              + " (v.vulnerabilities) OR ? = ANY (v.derived_vulnerabilities)))");
      params.add(search.vulnerability().name());
      params.add(search.vulnerability().name());
    }
    if (search.registrationSite() != null) {
      where.append(" AND lower(c.registration_site) = lower(?)");
      params.add(search.registrationSite());
    }
    if (search.registeredFrom() != null) {
      where.append(" AND c.registration_date >= ?");
      params.add(search.registeredFrom());
    }
    if (search.registeredTo() != null) {
      where.append(" AND c.registration_date <= ?");
      params.add(search.registeredTo());
    }
    if (search.query() != null && !search.query().isBlank()) {
      appendQuery(search.query().strip(), where, params);
    }
    String from =
        " FROM registry_case c JOIN registry_person pr ON pr.case_id = c.id AND pr.position = 0";
    long total =
        jdbc.sql("SELECT count(*)" + from + where).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(search.size());
    pageParams.add((long) search.page() * search.size());
    List<CaseSummary> items =
        jdbc.sql(
                SUMMARY_COLUMNS
                    + from
                    + where
                    + " ORDER BY "
                    + orderBy(search.sort())
                    + " LIMIT ? OFFSET ?")
            .params(pageParams)
            .query(CaseRepository::summary)
            .list();
    return new ResultPage<>(items, search.page(), search.size(), total);
  }

  private static void within(CaseScope scope, StringBuilder where, List<Object> params) {
    if (scope.everything()) {
      return;
    }
    where.append(
        " AND (c.mission_code = ANY (?) OR (c.handed_over AND c.destination_country = ANY (?)))");
    params.add(scope.holdingMissions().toArray(String[]::new));
    params.add(scope.receivingCountries().toArray(String[]::new));
  }

  /** The number of cases in each status within {@code scope}. */
  public Map<CaseStatus, Long> countByStatus(CaseScope scope) {
    Map<CaseStatus, Long> counts = new java.util.EnumMap<>(CaseStatus.class);
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    List<Object> params = new ArrayList<>();
    within(scope, where, params);
    jdbc.sql("SELECT status, count(*) AS n FROM registry_case c" + where + " GROUP BY status")
        .params(params)
        .query(rs -> {
          counts.put(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n"));
        });
    return counts;
  }

  /**
   * The cases {@code username} registered that are in one of {@code statuses}, the one whose status
   * has not changed for longest first.
   */
  public ResultPage<CaseSummary> waitingFor(
      String username, Set<CaseStatus> statuses, CaseScope scope, int size) {
    StringBuilder where = new StringBuilder(" WHERE c.created_by = ? AND c.status = ANY (?)");
    List<Object> params = new ArrayList<>();
    params.add(username);
    params.add(statuses.stream().map(Enum::name).toArray(String[]::new));
    within(scope, where, params);
    String from =
        " FROM registry_case c JOIN registry_person pr ON pr.case_id = c.id AND pr.position = 0"
            + where;
    long total = jdbc.sql("SELECT count(*)" + from).params(params).query(Long.class).single();
    List<Object> pageParams = new ArrayList<>(params);
    pageParams.add(size);
    List<CaseSummary> items =
        jdbc.sql(
                SUMMARY_COLUMNS
                    + from
                    + " ORDER BY c.status_changed_at, c.priority DESC, c.case_number LIMIT ?")
            .params(pageParams)
            .query(CaseRepository::summary)
            .list();
    return new ResultPage<>(items, 0, size, total);
  }

  /** Names (each word, misspellings tolerated), case numbers or phone numbers. */
  private static void appendQuery(String query, StringBuilder where, List<Object> params) {
    String digits = query.replaceAll("[^0-9]", "");
    if (query.matches("(?i)[A-Z]{2,3}-\\d{4}-\\d{1,6}")) {
      where.append(" AND c.case_number = upper(?)");
      params.add(query);
      return;
    }
    if (query.matches("\\+?[0-9 ().-]+") && digits.length() >= 6) {
      where.append(
          " AND EXISTS (SELECT 1 FROM registry_person p WHERE p.case_id = c.id AND p.phone LIKE ?)");
      params.add("%" + digits + "%");
      return;
    }
    for (String word : SearchText.normalise(query).split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      where.append(
          " AND EXISTS (SELECT 1 FROM registry_person p WHERE p.case_id = c.id AND"
              + " (p.search_name LIKE ? OR (length(?) > 3 AND ? <% p.search_name)))");
      params.add("%" + word + "%");
      params.add(word);
      params.add(word);
    }
  }

  private static String orderBy(CaseSearch.SortOrder sort) {
    return switch (sort) {
      case PRIORITY -> "c.priority DESC, c.registration_date, c.case_number";
      case REGISTRATION_DATE -> "c.registration_date, c.case_number";
      case REGISTRATION_DATE_DESC -> "c.registration_date DESC, c.case_number DESC";
      case CASE_NUMBER -> "c.case_number";
      case STATUS -> "c.status, c.priority DESC, c.case_number";
      case NAME -> "lower(pr.family_name), lower(pr.given_name), c.case_number";
    };
  }

  private record CaseRow(
      UUID id,
      String caseNumber,
      String missionCode,
      CaseStatus status,
      Instant statusChangedAt,
      String destinationCountry,
      String finalDestination,
      String registrationSite,
      LocalDate registrationDate,
      Priority priority,
      long version,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      boolean handedOver) {

    Case toCase(List<Person> members, Consent consent) {
      return new Case(
          new CaseId(id),
          caseNumber,
          missionCode,
          status,
          statusChangedAt,
          destinationCountry,
          finalDestination,
          registrationSite,
          registrationDate,
          members,
          consent,
          priority,
          version,
          createdAt,
          createdBy,
          updatedAt,
          handedOver);
    }
  }

  private static CaseRow caseRow(ResultSet rs, int n) throws SQLException {
    return new CaseRow(
        rs.getObject("id", UUID.class),
        rs.getString("case_number"),
        rs.getString("mission_code"),
        CaseStatus.valueOf(rs.getString("status")),
        rs.getTimestamp("status_changed_at").toInstant(),
        rs.getString("destination_country"),
        rs.getString("final_destination"),
        rs.getString("registration_site"),
        rs.getObject("registration_date", LocalDate.class),
        new Priority(rs.getInt("priority"), PriorityLevel.valueOf(rs.getString("priority_level"))),
        rs.getLong("version"),
        rs.getTimestamp("created_at").toInstant(),
        rs.getString("created_by"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getBoolean("handed_over"));
  }

  private static CaseSummary summary(ResultSet rs, int n) throws SQLException {
    CaseRow row = caseRow(rs, n);
    return new CaseSummary(
        new CaseId(row.id()),
        row.caseNumber(),
        row.missionCode(),
        row.status(),
        row.statusChangedAt(),
        row.priority(),
        rs.getString("given_name") + " " + rs.getString("family_name"),
        rs.getString("nationality"),
        rs.getInt("member_count"),
        row.destinationCountry(),
        row.registrationSite(),
        row.registrationDate(),
        vulnerabilities(rs.getArray("all_vulnerabilities")));
  }

  private static final String PERSON_WITH_CASE =
      """
      SELECT p.id, p.case_id, p.given_name, p.family_name, p.sex, p.date_of_birth, p.dob_estimated,
        p.nationality, p.place_of_birth, p.phone, p.documents, p.merged_into, c.case_number,
        c.mission_code, c.destination_country, c.handed_over, c.status
      FROM registry_person p JOIN registry_case c ON c.id = p.case_id
      """;

  /** Every person within {@code scope}, one at a time, in the order of their ids. */
  public void forEachPerson(CaseScope scope, java.util.function.Consumer<RegisteredPerson> sink) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    List<Object> params = new ArrayList<>();
    within(scope, where, params);
    jdbc.sql(PERSON_WITH_CASE + where + " ORDER BY p.id")
        .params(params)
        .query(rs -> {
          sink.accept(registeredPerson(rs));
        });
  }

  public Optional<RegisteredPerson> findPerson(PersonId id) {
    return jdbc.sql(PERSON_WITH_CASE + " WHERE p.id = ?")
        .param(id.value())
        .query((rs, n) -> registeredPerson(rs))
        .optional();
  }

  /**
   * Points {@code duplicate} at {@code survivor}; false when it already points somewhere (a merge
   * decided twice).
   */
  public boolean markMerged(PersonId duplicate, PersonId survivor) {
    return jdbc.sql(
                "UPDATE registry_person SET merged_into = ? WHERE id = ? AND merged_into IS NULL")
            .params(survivor.value(), duplicate.value())
            .update()
        == 1;
  }

  /** Clears the pointer set by {@link #markMerged}; false when it no longer points there. */
  public boolean clearMerged(PersonId duplicate, PersonId survivor) {
    return jdbc.sql(
                "UPDATE registry_person SET merged_into = NULL WHERE id = ? AND merged_into = ?")
            .params(duplicate.value(), survivor.value())
            .update()
        == 1;
  }

  private RegisteredPerson registeredPerson(ResultSet rs) throws SQLException {
    String sex = rs.getString("sex");
    UUID mergedInto = rs.getObject("merged_into", UUID.class);
    return new RegisteredPerson(
        new PersonId(rs.getObject("id", UUID.class)),
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getString("case_number"),
        new org.homeward.organisation.Holding(
            rs.getString("mission_code"),
            rs.getString("destination_country"),
            rs.getBoolean("handed_over")),
        CaseStatus.valueOf(rs.getString("status")),
        new PersonIdentity(
            rs.getString("given_name"),
            rs.getString("family_name"),
            sex == null ? null : Sex.valueOf(sex.strip()),
            rs.getObject("date_of_birth", LocalDate.class),
            rs.getBoolean("dob_estimated"),
            rs.getString("nationality"),
            rs.getString("place_of_birth"),
            rs.getString("phone"),
            documents(rs.getString("documents"))),
        mergedInto == null ? null : new PersonId(mergedInto));
  }

  private List<IdentityDocument> documents(String text) {
    List<IdentityDocument> documents = new ArrayList<>();
    for (Map<String, String> d : json.readValue(text, DOCUMENTS)) {
      documents.add(
          new IdentityDocument(
              DocumentType.valueOf(d.get("type")),
              d.get("number"),
              d.get("issuingCountry"),
              d.get("expiresOn") == null ? null : LocalDate.parse(d.get("expiresOn"))));
    }
    return documents;
  }

  private Person person(ResultSet rs, int n) throws SQLException {
    String sex = rs.getString("sex");
    List<IdentityDocument> documents = documents(rs.getString("documents"));
    // sensitive categories and notes are sealed; plaintext ones are left only by older versions
    Set<Vulnerability> recorded = EnumSet.noneOf(Vulnerability.class);
    recorded.addAll(vulnerabilities(rs.getArray("vulnerabilities")));
    String notes = rs.getString("vulnerability_notes");
    byte[] sealed = rs.getBytes("sensitive_data");
    if (sealed != null) {
      SensitivePart part =
          json.readValue(encryption.open(sealed, rs.getObject("id").toString()), SENSITIVE);
      part.vulnerabilities().forEach(v -> recorded.add(Vulnerability.valueOf(v)));
      notes = part.notes();
    }
    return new Person(
        new PersonId(rs.getObject("id", UUID.class)),
        Relationship.valueOf(rs.getString("relationship")),
        rs.getString("given_name"),
        rs.getString("family_name"),
        strings(rs.getArray("other_names")),
        sex == null ? null : Sex.valueOf(sex.strip()),
        rs.getObject("date_of_birth", LocalDate.class),
        rs.getBoolean("dob_estimated"),
        rs.getString("nationality"),
        rs.getString("place_of_birth"),
        strings(rs.getArray("languages")),
        rs.getString("phone"),
        rs.getString("current_city"),
        documents,
        recorded,
        vulnerabilities(rs.getArray("derived_vulnerabilities")),
        notes,
        false);
  }

  private static Consent consent(ResultSet rs, int n) throws SQLException {
    Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
    return new Consent(
        rs.getObject("declared_on", LocalDate.class),
        rs.getString("counsellor"),
        rs.getString("language"),
        rs.getBoolean("signed"),
        rs.getString("recorded_by"),
        withdrawn == null ? null : withdrawn.toInstant(),
        rs.getString("withdrawal_reason"));
  }

  private String documentsJson(List<IdentityDocument> documents) {
    List<Map<String, String>> rows = new ArrayList<>();
    for (IdentityDocument d : documents) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("type", d.type().name());
      row.put("number", d.number());
      row.put("issuingCountry", d.issuingCountry());
      row.put("expiresOn", d.expiresOn() == null ? null : d.expiresOn().toString());
      rows.add(row);
    }
    return json.writeValueAsString(rows);
  }

  private static String[] names(java.util.Collection<Vulnerability> vulnerabilities) {
    return vulnerabilities.stream().map(Enum::name).sorted().toArray(String[]::new);
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static Set<Vulnerability> vulnerabilities(Array array) throws SQLException {
    EnumSet<Vulnerability> set = EnumSet.noneOf(Vulnerability.class);
    if (array != null) {
      for (String name : (String[]) array.getArray()) {
        set.add(Vulnerability.valueOf(name));
      }
    }
    return set;
  }

  /**
   * Seals what is not sealed with the active key: plaintext an older version left behind, and
   * values sealed with a key that has since been rotated out. Returns how many people it resealed.
   */
  public int resealSensitiveData(int batch) {
    List<UUID> stale =
        jdbc.sql(
                """
                SELECT id FROM registry_person
                WHERE (sensitive_data IS NOT NULL AND sensitive_key IS DISTINCT FROM ?)
                   OR vulnerability_notes IS NOT NULL
                   OR vulnerabilities && ARRAY['SERIOUS_MEDICAL_CONDITION', 'MENTAL_HEALTH',
                                               'TRAFFICKING_VICTIM', 'GBV_SURVIVOR']
                LIMIT ?
                """)
            .params(encryption.activeKeyId(), batch)
            .query(UUID.class)
            .list();
    for (UUID id : stale) {
      Person p =
          jdbc.sql("SELECT * FROM registry_person WHERE id = ? FOR UPDATE")
              .param(id)
              .query(this::person)
              .single();
      byte[] sealed = seal(p);
      jdbc.sql(
              """
              UPDATE registry_person SET vulnerabilities = ?, vulnerability_notes = NULL,
                sensitive_data = ?, sensitive_key = ?, sensitive_tags = ?
              WHERE id = ?
              """)
          .params(
              names(p.vulnerabilities().stream().filter(v -> !v.isSensitive()).toList()),
              sealed,
              sealed == null ? null : encryption.activeKeyId(),
              tags(p),
              id)
          .update();
    }
    return stale.size();
  }
}
