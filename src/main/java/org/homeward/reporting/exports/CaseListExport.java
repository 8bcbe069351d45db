package org.homeward.reporting.exports;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseExports;
import org.homeward.registry.CaseSearch;
import org.springframework.stereotype.Service;

/**
 * Writes a case list the reader sees, whole, as CSV or XLSX: a header row, optionally the HXL
 * hashtag row, then a row per case as the registry streams them. Each export is audited ({@code
 * reporting.case-list-exported}) with the list, the filters, the format and the number of rows,
 * once the file is written.
 */
@Service("reportingCaseListExport")
public class CaseListExport {

  public static final String AUDIT_ACTION = "reporting.case-list-exported";
  public static final String AUDIT_SUBJECT = "case-list";

  private final CaseExports cases;
  private final AuditTrail audit;
  private final Clock clock;

  CaseListExport(CaseExports cases, AuditTrail audit, Clock clock) {
    this.cases = cases;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * The registry's case list with {@code filter}, already checked by {@link CaseListFilter#search}.
   */
  public long cases(
      CaseListFilter filter,
      CaseSearch search,
      ExportFormat format,
      boolean hxl,
      Actor actor,
      OutputStream out) {
    actor.require(Permission.CASE_READ);
    CaseSheet sheet = start(format, hxl, "Cases", out);
    long rows =
        cases.forEachCase(search, today(), actor, line -> sheet.row(CaseColumns.values(line)));
    sheet.finish();
    audited("cases", filter.used(), format, hxl, rows, actor);
    return rows;
  }

  /** The reader's own pending work: their cases waiting for the caseworker's next step. */
  public long pendingWork(ExportFormat format, boolean hxl, Actor actor, OutputStream out) {
    actor.require(Permission.CASE_READ);
    CaseSheet sheet = start(format, hxl, "Pending work", out);
    long rows = cases.forEachPending(today(), actor, line -> sheet.row(CaseColumns.values(line)));
    sheet.finish();
    audited("pending-work", Map.of(), format, hxl, rows, actor);
    return rows;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private static CaseSheet start(ExportFormat format, boolean hxl, String title, OutputStream out) {
    CaseSheet sheet = CaseSheet.of(format, title, out);
    sheet.row(CaseColumns.headers());
    if (hxl) {
      sheet.row(CaseColumns.hashtags());
    }
    return sheet;
  }

  private void audited(
      String list,
      Map<String, String> filter,
      ExportFormat format,
      boolean hxl,
      long rows,
      Actor actor) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("format", format.extension());
    details.put("hxl", hxl);
    details.put("filter", filter);
    details.put("rows", rows);
    // the file is out already: the entry stands in a transaction of its own
    audit.recordSeparately(
        AuditRecord.of(actor.username(), AUDIT_ACTION, AUDIT_SUBJECT, list)
            .inMission(actor.missionCode())
            .withDetails(details));
  }
}
