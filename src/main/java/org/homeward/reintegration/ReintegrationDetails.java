package org.homeward.reintegration;

import java.util.List;

/**
 * What a user typed for each record of the module, in the API or a form: every field raw text, so
 * that all mistakes are reported together, each at its own field. {@link Reintegration} checks
 * them. Dates are {@code YYYY-MM-DD}, amounts decimals ({@code "125000"}, {@code "1234.50"}),
 * currencies ISO 4217 codes.
 */
public final class ReintegrationDetails {

  private ReintegrationDetails() {}

  /**
   * What the host mission learned of a returnee before departure, for the mission that receives
   * them.
   */
  public record ProfileDetails(
      String skills, String education, String workExperience, String wishes) {}

  /** The reception on arrival: who met them at the airport, the journey on, a place to stay. */
  public record ReceptionDetails(
      Boolean airportAssistance,
      String metOn,
      String metBy,
      Boolean onwardTransport,
      String transportMode,
      String finalDestination,
      String reachedOn,
      Boolean accommodation,
      String accommodationPlace,
      String accommodationFrom,
      String accommodationNights,
      String notes) {}

  /** One returnee's assessment before the plan. */
  public record AssessmentDetails(
      String assessedOn,
      String skills,
      String education,
      String wishes,
      String maritalStatus,
      String dependants,
      String familySituation,
      Boolean followUpNeeded,
      String followUp) {}

  /**
   * A plan as drafted: its type, the returnees it is for (person ids: one person, the whole
   * household, or several returnees for a collective project), the day the returnee agreed to it,
   * the day its local costs are priced, the fields of its type, and its budget's items.
   */
  public record PlanDetails(
      String type,
      List<String> beneficiaries,
      String title,
      String agreedOn,
      String pricedOn,
      String sector,
      String activity,
      String location,
      String expectedMonthlyIncome,
      String expectedIncomeCurrency,
      String businessPlan,
      String providerPartnerId,
      String provider,
      String course,
      String durationWeeks,
      String trainingCost,
      String trainingCostCurrency,
      String description,
      List<ItemDetails> items) {}

  /** A line of a plan's budget: what, and its cost in a currency (the project's or local). */
  public record ItemDetails(String description, String amount, String currency) {}

  /** A purchase in kind for a plan: a partner or another vendor, the day, the items. */
  public record PurchaseDetails(
      String vendorPartnerId,
      String vendor,
      String purchasedOn,
      String currency,
      List<PurchaseItemDetails> items) {}

  /** A line of a purchase order: what, how many, and what they cost together. */
  public record PurchaseItemDetails(String description, String quantity, String amount) {}

  /** An implementing partner of the mission. */
  public record PartnerDetails(
      String name,
      String kind,
      String city,
      String address,
      String contactName,
      String phone,
      String email,
      List<String> services,
      String notes,
      Boolean active) {}

  /** A returnee sent to a partner for a service. */
  public record ReferralDetails(
      String personId, String partnerId, String service, String referredOn, String note) {}

  /** A referral's next step: its new status, the day, what came of it. */
  public record ReferralStepDetails(String status, String on, String note) {}

  /** A mission's purchase threshold, above which a second person approves a purchase. */
  public record ThresholdDetails(String amount, String currency) {}
}
