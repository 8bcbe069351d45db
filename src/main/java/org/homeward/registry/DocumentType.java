package org.homeward.registry;

/** Identity and travel documents a migrant may hold or be issued by a consulate. */
public enum DocumentType {
  PASSPORT,
  NATIONAL_ID,
  CONSULAR_CARD,
  BIRTH_CERTIFICATE,
  LAISSEZ_PASSER,
  OTHER
}
