package org.homeward.movement;

/** The documents a returnee may travel on. */
public enum TravelDocumentType {
  PASSPORT,
  /** Issued by the consulate of the country of origin for the one journey home. */
  LAISSEZ_PASSER,
  /** Issued by the consulate of the country of origin in place of a lost or expired passport. */
  EMERGENCY_TRAVEL_DOCUMENT;

  /**
   * A document the consulate of the country of origin issues for the return: requested on the list
   * sent to that consulate, and valid only for travel to its country.
   */
  public boolean consular() {
    return this != PASSPORT;
  }
}
