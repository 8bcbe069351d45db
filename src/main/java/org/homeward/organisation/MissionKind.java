package org.homeward.organisation;

/** The levels of the organisation, from headquarters down to a field sub-office. */
public enum MissionKind {
  HEADQUARTERS,
  REGIONAL_OFFICE,
  COUNTRY_MISSION,
  SUB_OFFICE
}
