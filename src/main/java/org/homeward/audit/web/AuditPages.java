package org.homeward.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.audit.AuditEntry;
import org.homeward.audit.AuditPage;
import org.homeward.audit.AuditQuery;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.ChainVerification;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Mission;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.Violation;
import org.homeward.shared.web.FieldErrors;
import org.homeward.shared.web.PageController;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for those who answer for it: search it, page through it newest first, and check
 * that its hash chain is whole. The reader sees the missions they oversee, as through the API.
 */
@PageController
@Requires(Permission.AUDIT_READ)
class AuditPages {

  static final int PAGE_SIZE = 25;

  /** The actions the modules write, offered in the filter; any other can still be typed in. */
  static final List<String> ACTIONS =
      List.of(
          "case.registered",
          "case.updated",
          "case.consent-recorded",
          "case.transitioned",
          "case.sensitive-read",
          "case.access-refused",
          "person.exported",
          "retention.previewed",
          "case.anonymised");

  /** The value the trail shows in place of a personal value whose key was destroyed. */
  static final String ERASED = "[erased]";

  private final AuditTrail audit;
  private final AccessPolicy access;
  private final Missions missions;
  private final MessageSource messages;
  private final ZoneId zone;

  AuditPages(
      AuditTrail audit,
      AccessPolicy access,
      Missions missions,
      MessageSource messages,
      @Value("${homeward.web.time-zone}") String zone) {
    this.audit = audit;
    this.access = access;
    this.missions = missions;
    this.messages = messages;
    this.zone = ZoneId.of(zone);
  }

  /** The filters as typed, kept on the form and in the paging links. */
  record Filters(
      String actor, String action, String subject, String mission, String from, String to) {

    /** The query string of these filters, for the paging links. */
    public Map<String, String> params() {
      Map<String, String> params = new java.util.LinkedHashMap<>();
      put(params, "actor", actor);
      put(params, "action", action);
      put(params, "subject", subject);
      put(params, "mission", mission);
      put(params, "from", from);
      put(params, "to", to);
      return params;
    }

    public boolean any() {
      return !params().isEmpty();
    }

    /** The address of page {@code n} (counted from 0) with these filters. */
    public String pageUrl(long n) {
      var url = org.springframework.web.util.UriComponentsBuilder.fromPath("/audit");
      params().forEach(url::queryParam);
      if (n > 0) {
        url.queryParam("page", n);
      }
      return url.encode().build().toUriString();
    }

    private static void put(Map<String, String> params, String name, String value) {
      if (value != null && !value.isBlank()) {
        params.put(name, value.strip());
      }
    }
  }

  /** One changed field as shown: before and after, each possibly erased or absent. */
  record Change(String field, FieldValue before, FieldValue after) {}

  /** A value in the trail: the text, or that there was none, or that it was erased for good. */
  record FieldValue(String text, boolean none, boolean erased) {

    static FieldValue of(Object value) {
      if (value == null) {
        return new FieldValue(null, true, false);
      }
      String text = String.valueOf(value);
      return new FieldValue(text, false, ERASED.equals(text));
    }
  }

  /** An entry as the page shows it. */
  record Entry(
      long sequence,
      Instant at,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String missionCode,
      String reason,
      List<Change> changes,
      boolean reasonErased) {

    static Entry of(AuditEntry e) {
      return new Entry(
          e.sequence(),
          e.at(),
          e.actor(),
          e.action(),
          e.subjectType(),
          e.subjectId(),
          e.missionCode(),
          ERASED.equals(e.reason()) ? null : e.reason(),
          e.changes().stream()
              .map(c -> new Change(c.field(), FieldValue.of(c.before()), FieldValue.of(c.after())))
              .toList(),
          ERASED.equals(e.reason()));
    }

    /** Whether the subject is a case the reader can open. */
    public boolean aboutCase() {
      return "case".equals(subjectType);
    }
  }

  @GetMapping("/audit")
  String trail(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String mission,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String page,
      Actor reader,
      Model model,
      HttpServletResponse response) {
    return page(
        new Filters(actor, action, subject, mission, from, to),
        page,
        null,
        reader,
        model,
        response);
  }

  /** The trail as {@link #trail} shows it, with the result of recomputing the chain on top. */
  @GetMapping("/audit/verification")
  String verification(
      @RequestParam(required = false) String actor,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String mission,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      Actor reader,
      Model model,
      HttpServletResponse response) {
    return page(
        new Filters(actor, action, subject, mission, from, to),
        null,
        audit.verify(),
        reader,
        model,
        response);
  }

  private String page(
      Filters filters,
      String pageParam,
      ChainVerification verification,
      Actor reader,
      Model model,
      HttpServletResponse response) {
    List<Violation> violations = new ArrayList<>();
    Instant since = day(violations, "from", filters.from(), 0);
    Instant until = day(violations, "to", filters.to(), 1);
    int page = pageNumber(pageParam);
    Set<String> oversight = access.oversight(reader);
    AuditPage result =
        violations.isEmpty()
            ? audit.search(
                new AuditQuery(
                    blankToNull(filters.actor()),
                    blankToNull(filters.action()),
                    null,
                    blankToNull(filters.subject()),
                    blankToNull(filters.mission()),
                    since,
                    until,
                    page,
                    PAGE_SIZE),
                oversight)
            : new AuditPage(List.of(), 0, PAGE_SIZE, 0);
    if (!violations.isEmpty()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
    }
    model.addAttribute("filters", filters);
    model.addAttribute(
        "errors", FieldErrors.of(violations, messages, LocaleContextHolder.getLocale()));
    model.addAttribute("entries", result.entries().stream().map(Entry::of).toList());
    model.addAttribute("total", result.total());
    model.addAttribute("page", result.page());
    model.addAttribute("pages", Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
    model.addAttribute("actions", ACTIONS);
    model.addAttribute(
        "missions",
        missions.all().stream()
            .filter(m -> oversight.isEmpty() || oversight.contains(m.code()))
            .map(Mission::code)
            .sorted()
            .toList());
    model.addAttribute("verification", verification);
    return "audit";
  }

  /** A day as the instant it starts in the offices' time zone, or the next day's for an end. */
  private Instant day(List<Violation> violations, String field, String value, int plusDays) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(zone).toInstant();
    } catch (DateTimeParseException e) {
      violations.add(new Violation(field, "malformed-date", "not a date"));
      return null;
    }
  }

  private static int pageNumber(String value) {
    try {
      return value == null ? 0 : Math.max(0, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
