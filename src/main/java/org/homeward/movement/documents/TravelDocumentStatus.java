package org.homeward.movement.documents;

/** Where a travel document is: asked for, issued by the consulate, in the person's hands. */
public enum TravelDocumentStatus {
  REQUESTED,
  ISSUED,
  COLLECTED
}
