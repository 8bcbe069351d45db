package org.homeward.reintegration.reports;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases, plans, purchase orders and visits written straight to reintegration's tables, for the
 * figures' tests: each with the host mission and the receiving mission given.
 */
final class FiguresFixture {

  final JdbcClient jdbc;
  final String host;
  final String receiving;

  FiguresFixture(JdbcClient jdbc, String host, String receiving) {
    this.jdbc = jdbc;
    this.host = host;
    this.receiving = receiving;
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }

  UUID arrived(String number, LocalDate on, String nationality, String sex) {
    UUID id = UUID.randomUUID();
    String caseNumber = host + "-" + number;
    Timestamp at = Timestamp.from(on.atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql(
            """
            insert into reintegration_case (case_id, case_number, host_mission,
              destination_country, origin_mission, arrived_at, arrived_on, opened_at, updated_at,
              updated_by)
            values (?, ?, ?, 'CMR', ?, ?, ?, ?, ?, 'test')
            """)
        .params(id, caseNumber, host, receiving, at, on, now, now)
        .update();
    jdbc.sql(
            """
            insert into reintegration_follow_up (case_id, case_number, mission_code, destination,
              receiving, arrived_on, sex, nationality)
            values (?, ?, ?, 'CMR', ?, ?, ?, ?)
            """)
        .params(id, caseNumber, host, receiving, on, sex, nationality)
        .update();
    return id;
  }

  long plan(UUID caseId, String type, String scope, String status, String total) {
    Timestamp now = Timestamp.from(Instant.now());
    return jdbc.sql(
            """
            insert into reintegration_plan (case_id, case_number, mission_code, type, scope,
              status, title, priced_on, currency, cap, total, created_at, created_by, updated_at,
              updated_by)
            values (?, 'F', ?, ?, ?, ?, 'A plan', ?, 'USD', 1000, ?, ?, 'test', ?, 'test')
            returning id
            """)
        .params(
            caseId,
            receiving,
            type,
            scope,
            status,
            LocalDate.now(),
            new BigDecimal(total),
            now,
            now)
        .query(Long.class)
        .single();
  }

  UUID member(
      long plan, int position, UUID caseId, String projectCode, String cap, boolean active) {
    return member(plan, position, caseId, projectCode, cap, active, UUID.randomUUID());
  }

  UUID member(
      long plan,
      int position,
      UUID caseId,
      String projectCode,
      String cap,
      boolean active,
      UUID person) {
    jdbc.sql(
            """
            insert into reintegration_plan_member (plan_id, position, person_id, case_id,
              case_number, project_code, cap, active)
            values (?, ?, ?, ?, 'F', ?, ?, ?)
            """)
        .params(plan, position, person, caseId, projectCode, new BigDecimal(cap), active)
        .update();
    return person;
  }

  void order(long plan, int tranche, String amount, String status) {
    Timestamp now = Timestamp.from(Instant.now());
    boolean paid = status.equals("PAID");
    jdbc.sql(
            """
            insert into reintegration_purchase_order (plan_id, tranche, vendor, purchased_on,
              amount, currency, converted, needs_approval, status, paid_on, created_at,
              created_by, updated_at, updated_by)
            values (?, ?, 'Vendor', ?, ?, 'USD', ?, false, ?, ?, ?, 'test', ?, 'test')
            """)
        .params(
            plan,
            tranche,
            LocalDate.now(),
            new BigDecimal(amount),
            new BigDecimal(amount),
            status,
            paid ? LocalDate.now() : null,
            now,
            now)
        .update();
  }

  void visit(
      UUID caseId,
      int number,
      int months,
      String activity,
      String economic,
      String social,
      String psychosocial,
      String composite) {
    jdbc.sql(
            """
            insert into reintegration_visit (case_id, number, months, due_on, mode, activity,
              done_on, economic, social, psychosocial, composite)
            values (?, ?, ?, ?, 'IN_PERSON', ?, ?, ?, ?, ?, ?)
            """)
        .params(
            caseId,
            number,
            months,
            LocalDate.of(2026, 1, 1),
            activity,
            LocalDate.of(2026, 1, 1),
            dec(economic),
            dec(social),
            psychosocial == null ? null : dec(psychosocial),
            dec(composite))
        .update();
  }
}
