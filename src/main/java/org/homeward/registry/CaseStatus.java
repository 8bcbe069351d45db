package org.homeward.registry;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands on its way home. The allowed next states are the state machine; a step into a
 * state marked {@code needsReason} must say why.
 */
public enum CaseStatus {
  REGISTERED(false),
  COUNSELLED(false),
  ELIGIBLE(false),
  INELIGIBLE(true),
  REFERRED(true),
  READY_FOR_DEPARTURE(false),
  BOOKED(false),
  DEPARTED(false),
  ARRIVED(false),
  IN_REINTEGRATION(false),
  CLOSED(false),
  WITHDRAWN(true),
  NO_SHOW(true),
  DEFERRED(true);

  /** The states in which the case waits for its caseworker rather than for another service. */
  public static final Set<CaseStatus> AWAITING_CASEWORKER =
      java.util.Collections.unmodifiableSet(EnumSet.of(REGISTERED, COUNSELLED, DEFERRED));

  private final boolean needsReason;

  CaseStatus(boolean needsReason) {
    this.needsReason = needsReason;
  }

  /** Whoever moves a case into this state must give a reason. */
  public boolean needsReason() {
    return needsReason;
  }

  /** The states a case may move to from this one. */
  public Set<CaseStatus> next() {
    return switch (this) {
      case REGISTERED -> EnumSet.of(COUNSELLED, WITHDRAWN, DEFERRED);
      case COUNSELLED -> EnumSet.of(ELIGIBLE, INELIGIBLE, REFERRED, WITHDRAWN, DEFERRED);
      case ELIGIBLE -> EnumSet.of(READY_FOR_DEPARTURE, WITHDRAWN, DEFERRED);
      case INELIGIBLE -> EnumSet.of(COUNSELLED, CLOSED);
      case REFERRED -> EnumSet.of(COUNSELLED, CLOSED);
      case READY_FOR_DEPARTURE -> EnumSet.of(BOOKED, WITHDRAWN, DEFERRED);
      case BOOKED -> EnumSet.of(DEPARTED, NO_SHOW, READY_FOR_DEPARTURE, WITHDRAWN, DEFERRED);
      case DEPARTED -> EnumSet.of(ARRIVED);
      case ARRIVED -> EnumSet.of(IN_REINTEGRATION, CLOSED);
      case IN_REINTEGRATION -> EnumSet.of(CLOSED);
      case NO_SHOW -> EnumSet.of(READY_FOR_DEPARTURE, BOOKED, WITHDRAWN, CLOSED);
      case DEFERRED -> EnumSet.of(COUNSELLED, WITHDRAWN, CLOSED);
      case WITHDRAWN -> EnumSet.of(CLOSED);
      case CLOSED -> EnumSet.noneOf(CaseStatus.class);
    };
  }

  public boolean canMoveTo(CaseStatus target) {
    return next().contains(target);
  }

  /** A case in this state still expects work from the mission. */
  public boolean isOpen() {
    return this != CLOSED && this != WITHDRAWN;
  }
}
