package org.homeward.reintegration.web;

import javax.money.MonetaryAmount;
import org.homeward.reintegration.internal.Amounts;
import org.springframework.stereotype.Component;

/** How the reintegration pages print money ({@code @reintegrationText} in the templates). */
@Component("reintegrationText")
public class ReintegrationText {

  /** The decimal and the currency: {@code 125000.00 XAF}. */
  public String money(MonetaryAmount amount) {
    return Amounts.text(amount);
  }

  /** The decimal alone, as a form shows it back: {@code 125000.00}. */
  public String amount(MonetaryAmount amount) {
    return amount == null ? "" : Amounts.plain(amount);
  }
}
