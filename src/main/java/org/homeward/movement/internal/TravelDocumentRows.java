package org.homeward.movement.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.homeward.movement.TravelDocumentType;
import org.homeward.movement.documents.TravelDocument;
import org.homeward.movement.documents.TravelDocumentStatus;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The travel documents movement keeps, in {@code movement_travel_document}. */
@Repository
public class TravelDocumentRows {

  private static final String COLUMNS =
      "id, person_id, case_id, type, status, consulate, requested_on, sent_on, number, issued_on,"
          + " expires_on, collected_on";

  private final JdbcClient jdbc;

  TravelDocumentRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Stores a new document.
   *
   * @throws org.springframework.dao.DuplicateKeyException when the person already has a request
   *     waiting
   */
  public void insert(TravelDocument d, String by, Instant at) {
    jdbc.sql(
            """
            INSERT INTO movement_travel_document (id, person_id, case_id, type, status, consulate,
              requested_on, sent_on, number, issued_on, expires_on, collected_on, created_at,
              created_by, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            d.id(),
            d.personId().value(),
            d.caseId().value(),
            d.type().name(),
            d.status().name(),
            d.consulate(),
            d.requestedOn(),
            d.sentOn(),
            d.number(),
            d.issuedOn(),
            d.expiresOn(),
            d.collectedOn(),
            Timestamp.from(at),
            by,
            Timestamp.from(at),
            by)
        .update();
  }

  /** Stores what changed on a document (its status, number, dates, the day it was sent). */
  public void update(TravelDocument d, String by, Instant at) {
    jdbc.sql(
            """
            UPDATE movement_travel_document SET status = ?, sent_on = ?, number = ?,
              issued_on = ?, expires_on = ?, collected_on = ?, updated_at = ?, updated_by = ?
            WHERE id = ?
            """)
        .params(
            d.status().name(),
            d.sentOn(),
            d.number(),
            d.issuedOn(),
            d.expiresOn(),
            d.collectedOn(),
            Timestamp.from(at),
            by,
            d.id())
        .update();
  }

  public Optional<TravelDocument> find(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM movement_travel_document WHERE id = ?")
        .param(id)
        .query(TravelDocumentRows::document)
        .optional();
  }

  /** The document, its row locked until the transaction ends. */
  public Optional<TravelDocument> findForUpdate(UUID id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM movement_travel_document WHERE id = ? FOR UPDATE")
        .param(id)
        .query(TravelDocumentRows::document)
        .optional();
  }

  /** Every document of these people, oldest request first. */
  public List<TravelDocument> ofPeople(Collection<PersonId> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM movement_travel_document WHERE person_id = ANY (?)"
                + " ORDER BY requested_on, created_at")
        .param(people.stream().map(PersonId::value).toArray(UUID[]::new))
        .query(TravelDocumentRows::document)
        .list();
  }

  /**
   * The consular documents requested and not yet issued, of one consulate or (with {@code null}) of
   * every one, by consulate and then oldest request first.
   */
  public List<TravelDocument> waiting(String consulate) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM movement_travel_document WHERE status = 'REQUESTED'"
                + " AND type <> 'PASSPORT' AND (CAST(? AS TEXT) IS NULL OR consulate = ?)"
                + " ORDER BY consulate, requested_on, created_at")
        .params(consulate, consulate)
        .query(TravelDocumentRows::document)
        .list();
  }

  private static TravelDocument document(ResultSet rs, int row) throws SQLException {
    return new TravelDocument(
        rs.getObject("id", UUID.class),
        new PersonId(rs.getObject("person_id", UUID.class)),
        new CaseId(rs.getObject("case_id", UUID.class)),
        TravelDocumentType.valueOf(rs.getString("type")),
        TravelDocumentStatus.valueOf(rs.getString("status")),
        rs.getString("consulate"),
        day(rs.getDate("requested_on")),
        day(rs.getDate("sent_on")),
        rs.getString("number"),
        day(rs.getDate("issued_on")),
        day(rs.getDate("expires_on")),
        day(rs.getDate("collected_on")));
  }

  private static LocalDate day(Date date) {
    return date == null ? null : date.toLocalDate();
  }

  /** What stands in place of a document number erased at the end of the retention period. */
  public static final String ERASED = "[erased]";

  /**
   * Erases the numbers of the case's travel documents, for good; the documents stay (their type,
   * status and dates, for the statistics). Returns how many were erased.
   */
  public int eraseNumbersOf(CaseId caseId) {
    return jdbc.sql(
            "UPDATE movement_travel_document SET number = ? WHERE case_id = ? AND number IS NOT NULL"
                + " AND number <> ?")
        .params(ERASED, caseId.value(), ERASED)
        .update();
  }
}
