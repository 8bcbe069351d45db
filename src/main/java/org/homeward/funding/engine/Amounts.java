package org.homeward.funding.engine;

import java.util.Objects;
import javax.money.MonetaryAmount;

/** The checks every amount of a scenario passes. */
final class Amounts {

  private Amounts() {}

  static MonetaryAmount nonNegative(MonetaryAmount amount, String name) {
    Objects.requireNonNull(amount, name);
    if (amount.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative, not " + amount);
    }
    return amount;
  }

  static String named(String text, String name) {
    Objects.requireNonNull(text, name);
    if (text.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return text;
  }
}
