package org.homeward.reintegration.partners;

/** What an implementing partner is. */
public enum PartnerKind {
  NGO,
  TRAINING_CENTRE,
  MICROFINANCE_INSTITUTION,
  HEALTH_PROVIDER,
  OTHER
}
