package org.homeward.funding.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/**
 * Where an appeal stands: what it asks for, what donors pledged and paid, and the people it helped.
 * All amounts are in the appeal's currency (contributions in other currencies already converted),
 * rounded to the cent at most.
 *
 * @param mission the mission that launched the appeal (its code or name)
 * @param target more than zero
 */
public record AppealFigures(
    String title,
    String mission,
    CurrencyUnit currency,
    MonetaryAmount target,
    MonetaryAmount pledged,
    MonetaryAmount received,
    long targetPeople,
    long peopleAssisted) {

  public AppealFigures {
    title = ReportText.required(title, "title");
    mission = ReportText.required(mission, "mission");
    Objects.requireNonNull(currency, "currency");
    if (ReportText.exact(target, currency, "target").signum() <= 0) {
      throw new IllegalArgumentException("an appeal's target is more than zero: " + title);
    }
    ReportText.exact(pledged, currency, "pledged");
    ReportText.exact(received, currency, "received");
    if (targetPeople < 0 || peopleAssisted < 0) {
      throw new IllegalArgumentException("people are counted from zero: " + title);
    }
  }

  /** What is still missing to reach the target: target minus received, never below zero. */
  public MonetaryAmount gap() {
    BigDecimal gap = exact(target).subtract(exact(received));
    return Money.of(gap.signum() < 0 ? BigDecimal.ZERO : gap, currency);
  }

  /** Received as a share of the target, in percent to one decimal (half even); may pass 100. */
  public BigDecimal progressPercent() {
    return exact(received)
        .multiply(BigDecimal.valueOf(100))
        .divide(exact(target), 1, RoundingMode.HALF_EVEN);
  }

  BigDecimal exact(MonetaryAmount amount) {
    return ReportText.exact(amount, currency, "amount");
  }
}
