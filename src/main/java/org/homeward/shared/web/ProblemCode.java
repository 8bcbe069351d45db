package org.homeward.shared.web;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every stable {@code code} a problem response of the API can carry, with its HTTP status and
 * title: the one registry, documented in docs/problems.md (a test keeps the two the same). A {@link
 * Kind#REFUSAL} is not a response of its own but the code of one refusal inside a {@code
 * transition-refused} or {@code booking-refused} problem.
 */
public enum ProblemCode {
  INVALID_INPUT(400, "invalid-input", "Invalid input"),
  UNAUTHORIZED(401, "unauthorized", "Unauthorized"),
  INVALID_TOKEN(401, "invalid-token", "Invalid token"),
  FORBIDDEN(403, "forbidden", "Forbidden"),
  NOT_FOUND(404, "not-found", "Not found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
  ILLEGAL_TRANSITION(409, "illegal-transition", "Conflict"),
  TRANSITION_REFUSED(409, "transition-refused", "Conflict"),
  IDEMPOTENCY_KEY_REUSED(409, "idempotency-key-reused", "Conflict"),
  CONSENT_WITHDRAWN(409, "consent-withdrawn", "Conflict"),
  USERNAME_TAKEN(409, "username-taken", "Conflict"),
  EMAIL_TAKEN(409, "email-taken", "Conflict"),
  LAST_ADMINISTRATOR(409, "last-administrator", "Conflict"),
  SECOND_FACTOR_ON(409, "second-factor-on", "Conflict"),
  SECOND_FACTOR_OFF(409, "second-factor-off", "Conflict"),
  SECOND_FACTOR_NOT_ENROLLED(409, "second-factor-not-enrolled", "Conflict"),
  ALREADY_DECIDED(409, "already-decided", "Conflict"),
  ALREADY_MERGED(409, "already-merged", "Conflict"),
  ALREADY_UNDONE(409, "already-undone", "Conflict"),
  CHANGED_SINCE_MERGE(409, "changed-since-merge", "Conflict"),
  NOT_MERGED(409, "not-merged", "Conflict"),
  SAME_HOUSEHOLD(409, "same-household", "Conflict"),
  RUN_IN_PROGRESS(409, "run-in-progress", "Conflict"),
  RUN_NOT_RUNNING(409, "run-not-running", "Conflict"),
  DONOR_NAME_TAKEN(409, "donor-name-taken", "Conflict"),
  PROJECT_CODE_TAKEN(409, "project-code-taken", "Conflict"),
  RATE_EXISTS(409, "rate-exists", "Conflict"),
  RATE_CHANGES_LEDGER(409, "rate-changes-ledger", "Conflict"),
  EXCHANGE_RATE_MISSING(409, "exchange-rate-missing", "Conflict"),
  NO_COMMITMENT(409, "no-commitment", "Conflict"),
  TRAVEL_DOCUMENT_STATUS(409, "travel-document-status", "Conflict"),
  TRAVEL_DOCUMENT_REQUESTED(409, "travel-document-requested", "Conflict"),
  BOOKING_REFUSED(409, "booking-refused", "Conflict"),
  ILLEGAL_FLIGHT_STEP(409, "illegal-flight-step", "Conflict"),
  FLIGHT_CLOSED(409, "flight-closed", "Conflict"),
  FLIGHT_NOT_CONFIRMED(409, "flight-not-confirmed", "Conflict"),
  SEATS_TAKEN(409, "seats-taken", "Conflict"),
  FLIGHT_HAS_BOOKINGS(409, "flight-has-bookings", "Conflict"),
  ILLEGAL_PASSENGER_STEP(409, "illegal-passenger-step", "Conflict"),
  PASSENGERS_NOT_BOARDED(409, "passengers-not-boarded", "Conflict"),
  NO_FLIGHTS_TO_PLAN(409, "no-flights-to-plan", "Conflict"),
  PLAN_CLOSED(409, "plan-closed", "Conflict"),
  PIN_REFUSED(409, "pin-refused", "Conflict"),
  SURVEY_VERSION_EXISTS(409, "survey-version-exists", "Conflict"),
  VISIT_DONE(409, "visit-done", "Conflict"),
  CASE_NOT_ARRIVED(409, "case-not-arrived", "Conflict"),
  PLAN_STATUS(409, "plan-status", "Conflict"),
  ALREADY_IN_A_PLAN(409, "already-in-a-plan", "Conflict"),
  PLAN_BUDGET_EXCEEDED(409, "plan-budget-exceeded", "Conflict"),
  PURCHASE_STATUS(409, "purchase-status", "Conflict"),
  FOUR_EYES(409, "four-eyes", "Conflict"),
  PARTNER_NAME_TAKEN(409, "partner-name-taken", "Conflict"),
  REFERRAL_STATUS(409, "referral-status", "Conflict"),
  STALE_VERSION(412, "stale-version", "Stale version"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
  IF_MATCH_REQUIRED(428, "if-match-required", "If-Match required"),
  INTERNAL_ERROR(500, "internal-error", "Internal error"),
  TRY_AGAIN(503, "try-again", "Try again"),
  ILLEGAL_STEP(Kind.REFUSAL, "illegal-transition"),
  CONSENT_REQUIRED(Kind.REFUSAL, "consent-required"),
  REASON_REQUIRED(Kind.REFUSAL, "reason-required"),
  NO_FUNDS(Kind.REFUSAL, "no-funds"),
  NOT_READY(Kind.REFUSAL, "not-ready"),
  FLIGHT_NOT_OPEN(Kind.REFUSAL, "flight-not-open"),
  CASE_NOT_READY(Kind.REFUSAL, "case-not-ready"),
  WRONG_DESTINATION(Kind.REFUSAL, "wrong-destination"),
  ALREADY_BOOKED(Kind.REFUSAL, "already-booked"),
  NO_SEATS(Kind.REFUSAL, "no-seats"),
  NEEDS_A_FLIGHT(Kind.REFUSAL, "needs-a-flight");

  /** A problem response, or one refusal listed in a {@code transition-refused} response. */
  public enum Kind {
    PROBLEM,
    REFUSAL
  }

  private final Kind kind;
  private final int status;
  private final String code;
  private final String title;

  ProblemCode(int status, String code, String title) {
    this.kind = Kind.PROBLEM;
    this.status = status;
    this.code = code;
    this.title = title;
  }

  ProblemCode(Kind kind, String code) {
    this.kind = kind;
    this.status = 409;
    this.code = code;
    this.title = "Conflict";
  }

  public Kind kind() {
    return kind;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String title() {
    return title;
  }

  /** The problem (not refusal) with this code, if the registry holds it. */
  public static Optional<ProblemCode> problem(String code) {
    return Arrays.stream(values())
        .filter(p -> p.kind == Kind.PROBLEM && p.code.equals(code))
        .findFirst();
  }

  @Override
  public String toString() {
    return code;
  }
}
