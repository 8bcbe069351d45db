package org.homeward.funding;

import java.util.Objects;

/**
 * What caused an expenditure, so that every amount links back to it: a flight ({@code FLIGHT}, its
 * id in movement), a purchase order of reintegration, an invoice, a payroll.
 */
public record ExpenditureSource(Type type, String id) {

  public enum Type {
    FLIGHT,
    PURCHASE_ORDER,
    INVOICE,
    PAYROLL,
    OTHER
  }

  public ExpenditureSource {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a source needs its id");
    }
  }

  public static ExpenditureSource flight(String id) {
    return new ExpenditureSource(Type.FLIGHT, id);
  }

  public static ExpenditureSource purchaseOrder(String id) {
    return new ExpenditureSource(Type.PURCHASE_ORDER, id);
  }
}
