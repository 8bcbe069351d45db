package org.homeward.organisation;

import static org.homeward.organisation.Permission.AGGREGATE_READ;
import static org.homeward.organisation.Permission.ARRIVAL_CONFIRM;
import static org.homeward.organisation.Permission.AUDIT_READ;
import static org.homeward.organisation.Permission.CASE_READ;
import static org.homeward.organisation.Permission.CASE_REGISTER;
import static org.homeward.organisation.Permission.CASE_TRANSITION;
import static org.homeward.organisation.Permission.CASE_UPDATE;
import static org.homeward.organisation.Permission.DUPLICATE_REVIEW;
import static org.homeward.organisation.Permission.FITNESS_RECORD;
import static org.homeward.organisation.Permission.FUNDING_MANAGE;
import static org.homeward.organisation.Permission.FUNDING_OVERRIDE;
import static org.homeward.organisation.Permission.FUNDING_READ;
import static org.homeward.organisation.Permission.METRICS_READ;
import static org.homeward.organisation.Permission.MISSION_MANAGE;
import static org.homeward.organisation.Permission.MOVEMENT_MANAGE;
import static org.homeward.organisation.Permission.MOVEMENT_READ;
import static org.homeward.organisation.Permission.NAME_VARIANTS_MANAGE;
import static org.homeward.organisation.Permission.OPERATIONS_REPORT_READ;
import static org.homeward.organisation.Permission.OWN_ACCOUNT;
import static org.homeward.organisation.Permission.PERSON_EXPORT;
import static org.homeward.organisation.Permission.REINTEGRATION_APPROVE;
import static org.homeward.organisation.Permission.REINTEGRATION_MANAGE;
import static org.homeward.organisation.Permission.REINTEGRATION_READ;
import static org.homeward.organisation.Permission.REINTEGRATION_SETTINGS;
import static org.homeward.organisation.Permission.RETENTION_MANAGE;
import static org.homeward.organisation.Permission.SENSITIVE_READ;
import static org.homeward.organisation.Permission.SURVEY_MANAGE;
import static org.homeward.organisation.Permission.USER_MANAGE;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The permission matrix, role by action: the one place that says who may do what. Which records
 * (which missions' cases) a permission reaches is the {@link AccessPolicy}'s business. Documented
 * in docs/access.md; a test keeps the two in step.
 */
public final class PermissionMatrix {

  private static final Map<Role, Set<Permission>> GRANTS = new EnumMap<>(Role.class);

  static {
    // headquarters: runs the system and sees aggregates, never a person's file; the name-variant
    // table holds spellings, not people, and changes matching for every mission; the metrics are
    // counts and timings of the running system, read by whoever keeps it running
    GRANTS.put(
        Role.ADMINISTRATOR,
        EnumSet.of(
            USER_MANAGE,
            MISSION_MANAGE,
            NAME_VARIANTS_MANAGE,
            AGGREGATE_READ,
            AUDIT_READ,
            METRICS_READ,
            SURVEY_MANAGE,
            REINTEGRATION_SETTINGS,
            OWN_ACCOUNT));
    // the chief of mission reads the money and answers for the exceptions to it (the funding
    // guard's override, reintegration's second approval and purchase threshold); the finance
    // officer keeps the books but decides no case
    GRANTS.put(
        Role.CHIEF_OF_MISSION,
        EnumSet.of(
            CASE_READ,
            CASE_TRANSITION,
            AGGREGATE_READ,
            FUNDING_READ,
            FUNDING_OVERRIDE,
            MOVEMENT_READ,
            REINTEGRATION_READ,
            REINTEGRATION_APPROVE,
            REINTEGRATION_SETTINGS,
            OPERATIONS_REPORT_READ,
            OWN_ACCOUNT));
    GRANTS.put(
        Role.CASEWORKER,
        EnumSet.of(
            CASE_READ,
            CASE_REGISTER,
            CASE_UPDATE,
            CASE_TRANSITION,
            SENSITIVE_READ,
            DUPLICATE_REVIEW,
            PERSON_EXPORT,
            MOVEMENT_READ,
            ARRIVAL_CONFIRM,
            REINTEGRATION_READ,
            OWN_ACCOUNT));
    GRANTS.put(
        Role.MOVEMENT_OFFICER,
        EnumSet.of(CASE_READ, CASE_TRANSITION, MOVEMENT_READ, MOVEMENT_MANAGE, OWN_ACCOUNT));
    GRANTS.put(
        Role.MEDICAL_OFFICER,
        EnumSet.of(
            CASE_READ, CASE_UPDATE, SENSITIVE_READ, MOVEMENT_READ, FITNESS_RECORD, OWN_ACCOUNT));
    GRANTS.put(
        Role.REINTEGRATION_OFFICER,
        EnumSet.of(
            CASE_READ,
            CASE_TRANSITION,
            MOVEMENT_READ,
            ARRIVAL_CONFIRM,
            REINTEGRATION_READ,
            REINTEGRATION_MANAGE,
            OWN_ACCOUNT));
    GRANTS.put(
        Role.FINANCE_OFFICER,
        EnumSet.of(CASE_READ, AGGREGATE_READ, FUNDING_READ, FUNDING_MANAGE, OWN_ACCOUNT));
    GRANTS.put(
        Role.MONITORING_EVALUATION_OFFICER,
        EnumSet.of(
            CASE_READ,
            AGGREGATE_READ,
            REINTEGRATION_READ,
            SURVEY_MANAGE,
            OPERATIONS_REPORT_READ,
            OWN_ACCOUNT));
    GRANTS.put(
        Role.DATA_PROTECTION_FOCAL_POINT,
        EnumSet.of(
            CASE_READ,
            SENSITIVE_READ,
            DUPLICATE_REVIEW,
            PERSON_EXPORT,
            AUDIT_READ,
            RETENTION_MANAGE,
            AGGREGATE_READ,
            OWN_ACCOUNT));
    GRANTS.put(Role.DONOR_VIEWER, EnumSet.of(AGGREGATE_READ, OWN_ACCOUNT));
  }

  private PermissionMatrix() {}

  public static Set<Permission> of(Role role) {
    return Set.copyOf(GRANTS.getOrDefault(role, Set.of()));
  }

  public static Set<Permission> of(Collection<Role> roles) {
    EnumSet<Permission> all = EnumSet.noneOf(Permission.class);
    roles.forEach(role -> all.addAll(of(role)));
    return all;
  }

  public static boolean allows(Collection<Role> roles, Permission permission) {
    return roles.stream()
        .anyMatch(role -> GRANTS.getOrDefault(role, Set.of()).contains(permission));
  }
}
