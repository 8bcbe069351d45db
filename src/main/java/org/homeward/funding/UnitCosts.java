package org.homeward.funding;

import java.util.List;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/**
 * What a project pays per case, in its currency: a share of a seat and pocket money per person
 * (both on {@link BudgetLine#MOVEMENT}), and a reintegration cap per beneficiary (on {@link
 * BudgetLine#REINTEGRATION}) that may differ for a minor or a vulnerable person.
 */
public record UnitCosts(
    MonetaryAmount seatShare,
    MonetaryAmount pocketMoney,
    MonetaryAmount reintegrationCap,
    MonetaryAmount reintegrationCapMinor,
    MonetaryAmount reintegrationCapVulnerable) {

  public UnitCosts {
    List<MonetaryAmount> all =
        List.of(
            Objects.requireNonNull(seatShare, "seatShare"),
            Objects.requireNonNull(pocketMoney, "pocketMoney"),
            Objects.requireNonNull(reintegrationCap, "reintegrationCap"),
            Objects.requireNonNull(reintegrationCapMinor, "reintegrationCapMinor"),
            Objects.requireNonNull(reintegrationCapVulnerable, "reintegrationCapVulnerable"));
    for (MonetaryAmount amount : all) {
      if (amount.isNegative()) {
        throw new IllegalArgumentException("a unit cost is never negative: " + amount);
      }
      if (!amount.getCurrency().equals(seatShare.getCurrency())) {
        throw new IllegalArgumentException("unit costs are all in one currency: " + all);
      }
    }
  }

  public CurrencyUnit currency() {
    return seatShare.getCurrency();
  }

  /** The cap a person gets: a vulnerable minor the higher of the minor's and the vulnerable's. */
  public BeneficiaryCategory categoryOf(boolean minor, boolean vulnerable) {
    if (minor && vulnerable) {
      return reintegrationCapMinor.isGreaterThan(reintegrationCapVulnerable)
          ? BeneficiaryCategory.MINOR
          : BeneficiaryCategory.VULNERABLE;
    }
    if (vulnerable) {
      return BeneficiaryCategory.VULNERABLE;
    }
    return minor ? BeneficiaryCategory.MINOR : BeneficiaryCategory.STANDARD;
  }

  public MonetaryAmount capOf(BeneficiaryCategory category) {
    return switch (category) {
      case STANDARD -> reintegrationCap;
      case MINOR -> reintegrationCapMinor;
      case VULNERABLE -> reintegrationCapVulnerable;
    };
  }
}
