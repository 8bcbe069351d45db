package org.homeward.funding;

import java.util.Objects;
import javax.money.MonetaryAmount;
import org.homeward.registry.PersonId;

/** A member of a household paid for by a project, and the reintegration cap it gives them. */
public record Beneficiary(
    PersonId personId, BeneficiaryCategory category, MonetaryAmount reintegrationCap) {

  public Beneficiary {
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(reintegrationCap, "reintegrationCap");
  }
}
