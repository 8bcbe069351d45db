package org.homeward.funding.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.funding.Donor;
import org.homeward.funding.DonorId;
import org.homeward.funding.DonorKind;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.web.ProblemCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The donors, their contacts and their viewers. Donors belong to no one mission: every reader of
 * the books sees them; finance officers record them.
 */
@Service
public class Donors {

  static final String SUBJECT = "donor";

  private final JdbcClient jdbc;
  private final AuditTrail audit;
  private final Clock clock;

  Donors(JdbcClient jdbc, AuditTrail audit, Clock clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<Donor> all(Actor actor) {
    actor.require(Permission.FUNDING_READ);
    return jdbc.sql("SELECT * FROM funding_donor ORDER BY lower(name)").query(this::donor).list();
  }

  @Transactional(readOnly = true)
  public Donor get(DonorId id, Actor actor) {
    actor.require(Permission.FUNDING_READ);
    return find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
  }

  /** One donor, whoever asks: for the module's own files, which name the donors of a project. */
  public java.util.Optional<Donor> find(DonorId id) {
    return jdbc.sql("SELECT * FROM funding_donor WHERE id = ?")
        .param(id.value())
        .query(this::donor)
        .optional();
  }

  /** The names of these donors, by id. */
  Map<DonorId, String> names() {
    Map<DonorId, String> names = new java.util.HashMap<>();
    jdbc.sql("SELECT id, name FROM funding_donor")
        .query(rs -> {
          names.put(new DonorId(rs.getLong("id")), rs.getString("name"));
        });
    return names;
  }

  @Transactional
  public Donor create(Donor donor, Actor actor) {
    actor.require(Permission.FUNDING_MANAGE);
    requireFreeName(donor.name(), null);
    Instant now = clock.instant();
    long id =
        jdbc.sql(
                """
                INSERT INTO funding_donor (name, kind, country_code, created_at, created_by,
                  updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id
                """)
            .params(
                donor.name(),
                donor.kind().name(),
                donor.countryCode(),
                java.sql.Timestamp.from(now),
                actor.username(),
                java.sql.Timestamp.from(now),
                actor.username())
            .query(Long.class)
            .single();
    DonorId donorId = new DonorId(id);
    saveParts(donorId, donor);
    audit.record(
        AuditRecord.of(actor.username(), "funding.donor-recorded", SUBJECT, donorId.toString())
            .withDetails(Map.of("name", donor.name(), "kind", donor.kind().name())));
    return find(donorId).orElseThrow();
  }

  @Transactional
  public Donor update(DonorId id, long expectedVersion, Donor donor, Actor actor) {
    actor.require(Permission.FUNDING_MANAGE);
    Donor before = find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
    requireFreeName(donor.name(), id);
    int updated =
        jdbc.sql(
                """
                UPDATE funding_donor SET name = ?, kind = ?, country_code = ?,
                  version = version + 1, updated_at = ?, updated_by = ?
                WHERE id = ? AND version = ?
                """)
            .params(
                donor.name(),
                donor.kind().name(),
                donor.countryCode(),
                java.sql.Timestamp.from(clock.instant()),
                actor.username(),
                id.value(),
                expectedVersion)
            .update();
    if (updated == 0) {
      throw new StaleVersionException(before.version());
    }
    jdbc.sql("DELETE FROM funding_donor_contact WHERE donor_id = ?").param(id.value()).update();
    jdbc.sql("DELETE FROM funding_donor_viewer WHERE donor_id = ?").param(id.value()).update();
    saveParts(id, donor);
    audit.record(
        AuditRecord.of(actor.username(), "funding.donor-changed", SUBJECT, id.toString())
            .withDetails(Map.of("name", donor.name(), "kind", donor.kind().name())));
    return find(id).orElseThrow();
  }

  private void saveParts(DonorId id, Donor donor) {
    int position = 0;
    for (Donor.Contact contact : donor.contacts()) {
      jdbc.sql(
              """
              INSERT INTO funding_donor_contact (donor_id, position, name, role, email, phone)
              VALUES (?, ?, ?, ?, ?, ?)
              """)
          .params(
              id.value(),
              position++,
              contact.name(),
              contact.role(),
              contact.email(),
              contact.phone())
          .update();
    }
    for (String viewer : donor.viewers()) {
      // a viewer reads one donor's figures: naming them here moves them from any other donor
      jdbc.sql(
              """
              INSERT INTO funding_donor_viewer (username, donor_id) VALUES (?, ?)
              ON CONFLICT (username) DO UPDATE SET donor_id = EXCLUDED.donor_id
              """)
          .params(viewer, id.value())
          .update();
    }
  }

  private void requireFreeName(String name, DonorId self) {
    Long other =
        jdbc.sql("SELECT id FROM funding_donor WHERE lower(name) = lower(?)")
            .param(name)
            .query(Long.class)
            .optional()
            .orElse(null);
    if (other != null && (self == null || other != self.value())) {
      throw new ConflictException(
          ProblemCode.DONOR_NAME_TAKEN,
          "another donor is already called " + name,
          Map.of("donorId", other));
    }
  }

  private Donor donor(ResultSet rs, int row) throws SQLException {
    long id = rs.getLong("id");
    List<Donor.Contact> contacts = new ArrayList<>();
    jdbc.sql("SELECT * FROM funding_donor_contact WHERE donor_id = ? ORDER BY position")
        .param(id)
        .query(c -> {
          contacts.add(
              new Donor.Contact(
                  c.getString("name"),
                  c.getString("role"),
                  c.getString("email"),
                  c.getString("phone")));
        });
    List<String> viewers =
        jdbc.sql("SELECT username FROM funding_donor_viewer WHERE donor_id = ? ORDER BY username")
            .param(id)
            .query(String.class)
            .list();
    return new Donor(
        new DonorId(id),
        rs.getString("name"),
        DonorKind.valueOf(rs.getString("kind")),
        rs.getString("country_code") == null ? null : rs.getString("country_code").strip(),
        contacts,
        viewers,
        rs.getLong("version"));
  }
}
