package org.homeward.funding.web;

import javax.money.MonetaryAmount;
import org.springframework.stereotype.Component;

/** How the funding pages print money ({@code @fundingText} in the templates). */
@Component("fundingText")
public class FundingText {

  /** The decimal with at least two places, as the API writes it: {@code 1234.50}. */
  public String amount(MonetaryAmount amount) {
    return Json.amount(amount);
  }

  /** The decimal and the currency code: {@code 1234.50 USD}. */
  public String money(MonetaryAmount amount) {
    return amount == null ? "" : Json.amount(amount) + " " + Json.currency(amount);
  }
}
