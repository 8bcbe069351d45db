package org.homeward.registry.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.DocumentType;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.registry.PersonIdentity;
import org.homeward.registry.RegisteredPerson;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.crypto.FieldEncryption;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's row: written from a {@link Person} and read back, with the sensitive part sealed for
 * that person alone and indexed under blind tags.
 */
@Component
class PersonRows {

  private static final TypeReference<List<Map<String, String>>> DOCUMENTS =
      new TypeReference<>() {};

  private static final TypeReference<SensitivePart> SENSITIVE = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final JsonMapper json;
  private final FieldEncryption encryption;

  PersonRows(JdbcClient jdbc, JsonMapper json, FieldEncryption encryption) {
    this.jdbc = jdbc;
    this.json = json;
    this.encryption = encryption;
  }

  /** What is sealed of a person: the sensitive categories and the assessment notes. */
  record SensitivePart(List<String> vulnerabilities, String notes) {}

  /** Writes the case's members as they are now, removing those no longer in it. */
  void save(Case c) {
    UUID[] kept = c.members().stream().map(m -> m.id().value()).toArray(UUID[]::new);
    jdbc.sql("DELETE FROM registry_person WHERE case_id = ? AND NOT (id = ANY (?))")
        .params(c.id().value(), kept)
        .update();
    write(c);
  }

  /** Writes the members of a case just inserted: there is nobody to remove. */
  void saveNew(Case c) {
    write(c);
  }

  private void write(Case c) {
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
  byte[] seal(Person p) {
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

  String[] tags(Person p) {
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

  RegisteredPerson registeredPerson(ResultSet rs) throws SQLException {
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

  Person person(ResultSet rs, int n) throws SQLException {
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

  static String[] names(java.util.Collection<Vulnerability> vulnerabilities) {
    return vulnerabilities.stream().map(Enum::name).sorted().toArray(String[]::new);
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  static Set<Vulnerability> vulnerabilities(Array array) throws SQLException {
    EnumSet<Vulnerability> set = EnumSet.noneOf(Vulnerability.class);
    if (array != null) {
      for (String name : (String[]) array.getArray()) {
        set.add(Vulnerability.valueOf(name));
      }
    }
    return set;
  }
}
