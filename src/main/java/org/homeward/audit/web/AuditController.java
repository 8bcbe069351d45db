package org.homeward.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditPage;
import org.homeward.audit.AuditQuery;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.ChainVerification;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.Violations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(
    name = "Audit",
    description = "The append-only, hash-chained trail of changes, sensitive reads and disclosures")
@Requires(Permission.AUDIT_READ)
class AuditController {

  private final AuditTrail audit;
  private final AccessPolicy access;

  AuditController(AuditTrail audit, AccessPolicy access) {
    this.audit = audit;
    this.access = access;
  }

  record EntryResponse(
      long sequence,
      Instant at,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String missionCode,
      String reason,
      List<Map<String, Object>> changes,
      Map<String, Object> details) {

    static EntryResponse of(AuditEntry e) {
      return new EntryResponse(
          e.sequence(),
          e.at(),
          e.actor(),
          e.action(),
          e.subjectType(),
          e.subjectId(),
          e.missionCode(),
          e.reason(),
          e.changes().stream()
              .map(c -> {
                Map<String, Object> change = new java.util.LinkedHashMap<>();
                change.put("field", c.field());
                change.put("before", c.before());
                change.put("after", c.after());
                return change;
              })
              .toList(),
          e.details());
    }
  }

  record PageResponse(List<EntryResponse> items, int page, int size, long total) {}

  @GetMapping("/entries")
  @Operation(summary = "Search the audit trail (newest first), within the missions one oversees")
  PageResponse entries(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String subjectType,
      @RequestParam(required = false) String subjectId,
      @RequestParam(required = false) String missionCode,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(defaultValue = "0") String page,
      @RequestParam(defaultValue = "50") String size,
      Actor reader) {
    Violations v = new Violations();
    Instant since = day(v, "from", from, 0);
    Instant until = day(v, "to", to, 1);
    int pageNumber = number(v, "page", page);
    int pageSize = number(v, "size", size);
    v.check(pageNumber >= 0, "page", "out-of-range", "page counts from 0");
    v.check(pageSize >= 1 && pageSize <= 500, "size", "out-of-range", "size is between 1 and 500");
    v.throwIfAny();
    AuditPage result =
        audit.search(
            new AuditQuery(
                actor,
                action,
                subjectType,
                subjectId,
                missionCode,
                since,
                until,
                pageNumber,
                pageSize),
            access.oversight(reader));
    return new PageResponse(
        result.entries().stream().map(EntryResponse::of).toList(),
        result.page(),
        result.size(),
        result.total());
  }

  @GetMapping("/verification")
  @Operation(
      summary = "Recompute the hash chain: is the trail intact, and if not where does it break?")
  ChainVerification verification() {
    return audit.verify();
  }

  /** A day (YYYY-MM-DD) as the instant it starts, or the next day's start for an inclusive end. */
  private static Instant day(Violations v, String field, String value, int plusDays) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip())
          .plusDays(plusDays)
          .atStartOfDay()
          .toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      v.add(field, "malformed-date", "'" + value + "' is not a date in the form YYYY-MM-DD");
      return null;
    }
  }

  private static int number(Violations v, String field, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      v.add(field, "malformed", "'" + value + "' is not a whole number");
      return 0;
    }
  }
}
