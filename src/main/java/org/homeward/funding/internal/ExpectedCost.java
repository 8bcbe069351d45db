package org.homeward.funding.internal;

import java.util.ArrayList;
import java.util.List;
import javax.money.MonetaryAmount;
import org.homeward.funding.Beneficiary;
import org.homeward.funding.BeneficiaryCategory;
import org.homeward.funding.UnitCosts;

/**
 * What a household is expected to cost a project, from the project's unit costs: on movement a seat
 * share and pocket money for every person, on reintegration each person's cap (a minor's, a
 * vulnerable person's, or the standard one).
 */
record ExpectedCost(
    MonetaryAmount movement, MonetaryAmount reintegration, List<Beneficiary> beneficiaries) {

  ExpectedCost {
    beneficiaries = List.copyOf(beneficiaries);
  }

  static ExpectedCost of(Household household, UnitCosts costs) {
    int people = household.people();
    MonetaryAmount movement = costs.seatShare().add(costs.pocketMoney()).multiply(people);
    MonetaryAmount reintegration = Amounts.zero(costs.currency());
    List<Beneficiary> beneficiaries = new ArrayList<>();
    for (Household.Member member : household.members()) {
      BeneficiaryCategory category = costs.categoryOf(member.minor(), member.vulnerable());
      MonetaryAmount cap = costs.capOf(category);
      beneficiaries.add(new Beneficiary(member.personId(), category, cap));
      reintegration = reintegration.add(cap);
    }
    return new ExpectedCost(Amounts.cents(movement), Amounts.cents(reintegration), beneficiaries);
  }

  MonetaryAmount total() {
    return movement.add(reintegration);
  }
}
