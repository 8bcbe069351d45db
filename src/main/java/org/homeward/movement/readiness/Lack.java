package org.homeward.movement.readiness;

/**
 * What keeps one member from being ready to travel on a day.
 *
 * @param code stable, for the pages' words ({@code travel.lack.<code>}): {@code no-document},
 *     {@code document-expired}, {@code document-requested}, {@code document-elsewhere}, {@code
 *     no-fitness}, {@code unfit}, {@code fitness-expired}, {@code not-funded}
 * @param reason the same in a sentence, with its dates, for the refusal
 */
public record Lack(Kind kind, String code, String reason) {

  /** Which of the three conditions is not met. */
  public enum Kind {
    /** Covered by the funding reserved for the case. */
    ELIGIBLE,
    /** Holds a valid travel document. */
    DOCUMENTED,
    /** Fit to travel, with or without an escort. */
    FIT
  }
}
