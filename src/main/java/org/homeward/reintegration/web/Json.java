package org.homeward.reintegration.web;

import java.util.UUID;
import javax.money.MonetaryAmount;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.PlanId;
import org.homeward.reintegration.internal.Amounts;
import org.homeward.shared.NotFoundException;

/**
 * How the module's API names records in its paths and writes money: an amount is {@code {"amount":
 * "125000.00", "currency": "XAF"}}, the decimal a string, never a JSON number.
 */
public final class Json {

  private Json() {}

  /** An amount of money and its ISO 4217 currency. */
  public record Money(String amount, String currency) {
    public static Money of(MonetaryAmount amount) {
      return amount == null ? null : new Money(Amounts.plain(amount), Amounts.code(amount));
    }
  }

  public static CaseId caseId(String id) {
    return CaseId.parse(id).orElseThrow(() -> new NotFoundException("case", id));
  }

  public static PersonId personId(String id) {
    try {
      return new PersonId(UUID.fromString(id));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new NotFoundException("person", id);
    }
  }

  public static PlanId planId(String id) {
    return PlanId.parse(id).orElseThrow(() -> new NotFoundException("plan", id));
  }

  /** A numeric id in a path: not found when it is not one. */
  public static long number(String what, String id) {
    if (id == null || !id.matches("[0-9]{1,18}")) {
      throw new NotFoundException(what, id);
    }
    return Long.parseLong(id);
  }
}
