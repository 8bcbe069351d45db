package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The migrant's declaration that the return is voluntary: when, before which counsellor, in which
 * language, whether it was signed; and its withdrawal, which the migrant may make at any time.
 */
public record Consent(
    LocalDate declaredOn,
    String counsellor,
    String language,
    boolean signed,
    String recordedBy,
    Instant withdrawnAt,
    String withdrawalReason) {

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }

  /** This declaration withdrawn at {@code at}, for {@code reason}. */
  public Consent withdrawn(Instant at, String reason) {
    return new Consent(declaredOn, counsellor, language, signed, recordedBy, at, reason);
  }

  public boolean isValid() {
    return declaredOn != null && !isWithdrawn();
  }
}
