package org.homeward.reintegration.partners.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.partners.Partner;
import org.homeward.reintegration.partners.PartnerKind;
import org.homeward.reintegration.partners.Referral;
import org.homeward.reintegration.partners.ReferralStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The partners and the referrals to them ({@code reintegration_partner}, {@code _referral}). */
@Repository
public class PartnerRows {

  private final JdbcClient jdbc;

  PartnerRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The partners of these missions (all when null), by name. */
  public List<Partner> ofMissions(Set<String> missions) {
    if (missions == null) {
      return jdbc.sql("SELECT * FROM reintegration_partner ORDER BY lower(name)")
          .query(PartnerRows::partner)
          .list();
    }
    return jdbc.sql(
            "SELECT * FROM reintegration_partner WHERE mission_code = ANY (?) ORDER BY lower(name)")
        .param(missions.toArray(String[]::new))
        .query(PartnerRows::partner)
        .list();
  }

  public Optional<Partner> find(long id) {
    return jdbc.sql("SELECT * FROM reintegration_partner WHERE id = ?")
        .param(id)
        .query(PartnerRows::partner)
        .optional();
  }

  public Optional<Partner> lock(long id) {
    return jdbc.sql("SELECT * FROM reintegration_partner WHERE id = ? FOR UPDATE")
        .param(id)
        .query(PartnerRows::partner)
        .optional();
  }

  /** The partner of the mission of this name (ignoring case), if there is one. */
  public Optional<Partner> named(String missionCode, String name) {
    return jdbc.sql(
            "SELECT * FROM reintegration_partner WHERE mission_code = ? AND lower(name) = lower(?)")
        .params(missionCode, name)
        .query(PartnerRows::partner)
        .optional();
  }

  public long insert(Partner p, Instant at, String by) {
    return jdbc.sql(
            """
            INSERT INTO reintegration_partner (mission_code, name, kind, city, address,
              contact_name, phone, email, services, notes, active, version, created_at,
              created_by, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id
            """)
        .params(
            p.missionCode(),
            p.name(),
            p.kind().name(),
            p.city(),
            p.address(),
            p.contactName(),
            p.phone(),
            p.email(),
            p.services().toArray(String[]::new),
            p.notes(),
            p.active(),
            Timestamp.from(at),
            by,
            Timestamp.from(at),
            by)
        .query(Long.class)
        .single();
  }

  public void update(Partner p, Instant at, String by) {
    jdbc.sql(
            """
            UPDATE reintegration_partner SET name = ?, kind = ?, city = ?, address = ?,
              contact_name = ?, phone = ?, email = ?, services = ?, notes = ?, active = ?,
              version = version + 1, updated_at = ?, updated_by = ?
            WHERE id = ?
            """)
        .params(
            p.name(),
            p.kind().name(),
            p.city(),
            p.address(),
            p.contactName(),
            p.phone(),
            p.email(),
            p.services().toArray(String[]::new),
            p.notes(),
            p.active(),
            Timestamp.from(at),
            by,
            p.id())
        .update();
  }

  public long insertReferral(Referral r, Instant at, String by) {
    return jdbc.sql(
            """
            INSERT INTO reintegration_referral (case_id, case_number, person_id, partner_id,
              service, status, referred_on, changed_on, note, outcome, version, created_at,
              created_by, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) RETURNING id
            """)
        .params(
            r.caseId().value(),
            r.caseNumber(),
            r.personId().value(),
            r.partnerId(),
            r.service(),
            r.status().name(),
            r.referredOn(),
            r.changedOn(),
            r.note(),
            r.outcome(),
            Timestamp.from(at),
            by,
            Timestamp.from(at),
            by)
        .query(Long.class)
        .single();
  }

  public void step(
      long id, ReferralStatus to, LocalDate on, String outcome, Instant at, String by) {
    jdbc.sql(
            """
            UPDATE reintegration_referral SET status = ?, changed_on = ?, outcome = ?,
              version = version + 1, updated_at = ?, updated_by = ?
            WHERE id = ?
            """)
        .params(to.name(), on, outcome, Timestamp.from(at), by, id)
        .update();
  }

  private static final String REFERRALS =
      "SELECT r.*, p.name AS partner_name FROM reintegration_referral r"
          + " JOIN reintegration_partner p ON p.id = r.partner_id ";

  public Optional<Referral> referral(long id, boolean lock) {
    return jdbc.sql(REFERRALS + "WHERE r.id = ?" + (lock ? " FOR UPDATE OF r" : ""))
        .param(id)
        .query(PartnerRows::referral)
        .optional();
  }

  public List<Referral> referralsOfCase(CaseId id) {
    return jdbc.sql(REFERRALS + "WHERE r.case_id = ? ORDER BY r.referred_on, r.id")
        .param(id.value())
        .query(PartnerRows::referral)
        .list();
  }

  public List<Referral> referralsTo(long partnerId) {
    return jdbc.sql(REFERRALS + "WHERE r.partner_id = ? ORDER BY r.referred_on DESC, r.id DESC")
        .param(partnerId)
        .query(PartnerRows::referral)
        .list();
  }

  static Partner partner(ResultSet rs, int n) throws SQLException {
    List<String> services = new ArrayList<>();
    Array array = rs.getArray("services");
    if (array != null) {
      for (Object s : (Object[]) array.getArray()) {
        services.add(s.toString());
      }
    }
    return new Partner(
        rs.getLong("id"),
        rs.getString("mission_code"),
        rs.getString("name"),
        PartnerKind.valueOf(rs.getString("kind")),
        rs.getString("city"),
        rs.getString("address"),
        rs.getString("contact_name"),
        rs.getString("phone"),
        rs.getString("email"),
        services,
        rs.getString("notes"),
        rs.getBoolean("active"),
        rs.getLong("version"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"));
  }

  static Referral referral(ResultSet rs, int n) throws SQLException {
    return new Referral(
        rs.getLong("id"),
        new CaseId(rs.getObject("case_id", UUID.class)),
        rs.getString("case_number"),
        new PersonId(rs.getObject("person_id", UUID.class)),
        rs.getLong("partner_id"),
        rs.getString("partner_name"),
        rs.getString("service"),
        ReferralStatus.valueOf(rs.getString("status")),
        rs.getObject("referred_on", LocalDate.class),
        rs.getObject("changed_on", LocalDate.class),
        rs.getString("note"),
        rs.getString("outcome"),
        rs.getLong("version"),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getString("updated_by"));
  }
}
