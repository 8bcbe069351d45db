package org.homeward.organisation;

/**
 * What a user may do. Which role grants which is written down once, in {@link PermissionMatrix};
 * every endpoint names the one it needs with {@link Requires}.
 */
public enum Permission {
  /** Open a case of one's own mission (and the personal data it holds, less the sensitive part). */
  CASE_READ,
  /** Register a new household. */
  CASE_REGISTER,
  /** Change a case's details or its consent. */
  CASE_UPDATE,
  /** Move a case along its lifecycle. */
  CASE_TRANSITION,
  /** See medical, trafficking and gender-based-violence details, where the case is one's own. */
  SENSITIVE_READ,
  /**
   * Review possible duplicates: confirm and merge two records of one person (or undo a merge), or
   * mark them as different people; start and stop the search over the whole registry.
   */
  DUPLICATE_REVIEW,
  /**
   * Add spellings to the table of known name variants that duplicate detection uses for every
   * mission.
   */
  NAME_VARIANTS_MANAGE,
  /** Export everything held about a person (a subject-access request). */
  PERSON_EXPORT,
  /** Totals and statistics, never a person. */
  AGGREGATE_READ,
  /**
   * See the mission's money: donors, projects, appeals, contributions, exchange rates, the
   * commitment of each case and the cases waiting for funds.
   */
  FUNDING_READ,
  /** Record and correct donors, projects, appeals, contributions, exchange rates and costs. */
  FUNDING_MANAGE,
  /**
   * Make a case eligible that no project can pay for, with a written justification (audited): the
   * funding guard's override.
   */
  FUNDING_OVERRIDE,
  /**
   * See the movement of the mission's cases: travel documents, the outcome of fitness checks,
   * flights, plans and manifests.
   */
  MOVEMENT_READ,
  /**
   * Organise departures: request and record travel documents, keep flights, plan and confirm
   * manifests, check passengers in and mark flights departed.
   */
  MOVEMENT_MANAGE,
  /** Record a fit-to-travel check and its outcome (the medical details are SENSITIVE_READ). */
  FITNESS_RECORD,
  /** Confirm, as the receiving mission, that a returnee has arrived. */
  ARRIVAL_CONFIRM,
  /**
   * See the reintegration of the cases handed over to one's mission: the queue of arrivals,
   * reception, assessments, plans, purchase orders, approvals, partners and referrals.
   */
  REINTEGRATION_READ,
  /**
   * Work a returnee's reintegration: record reception and assessments, draft and submit plans,
   * order and pay purchases in kind, keep the mission's partners and the referrals to them.
   */
  REINTEGRATION_MANAGE,
  /**
   * Approve, as the second person, a plan above the cap or a purchase above the mission's
   * threshold; never one's own request.
   */
  REINTEGRATION_APPROVE,
  /** Set a mission's purchase threshold, above which a second person approves a purchase. */
  REINTEGRATION_SETTINGS,
  /** Upload a new version of the reintegration sustainability survey table. */
  SURVEY_MANAGE,
  /** Read and verify the audit trail. */
  AUDIT_READ,
  /** Preview and run the anonymisation of old closed cases. */
  RETENTION_MANAGE,
  /** Create users, change their roles, lock them. */
  USER_MANAGE,
  /** Maintain the organisation's offices and their contacts. */
  MISSION_MANAGE,
  /**
   * Read the running application's metrics ({@code /actuator/prometheus}): request rates and
   * errors, database connections, queues and counts, never a person.
   */
  METRICS_READ,
  /**
   * Read a mission's monthly operational report (PDF): its key figures and charts, aggregates only.
   */
  OPERATIONS_REPORT_READ,
  /** One's own account: language, password, second factor, API tokens. */
  OWN_ACCOUNT
}
