package org.homeward.organisation;

/** What a user does in the organisation; a user holds one or more. */
public enum Role {
  ADMINISTRATOR,
  CHIEF_OF_MISSION,
  CASEWORKER,
  MOVEMENT_OFFICER,
  MEDICAL_OFFICER,
  REINTEGRATION_OFFICER,
  FINANCE_OFFICER,
  MONITORING_EVALUATION_OFFICER,
  DATA_PROTECTION_FOCAL_POINT,
  DONOR_VIEWER
}
