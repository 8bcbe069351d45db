package org.homeward.movement.web;

import java.time.LocalDate;

/** What was typed on the Travel section's forms, kept when a form comes back with errors. */
public final class TravelForms {

  private TravelForms() {}

  /** A request for a travel document for one member. */
  public record RequestForm(String type, String consulate, String requestedOn) {
    static RequestForm blank(LocalDate today, String consulate) {
      return new RequestForm("LAISSEZ_PASSER", consulate, today.toString());
    }
  }

  /** The consulate's issue of the member's requested document. */
  public record IssueForm(String number, String issuedOn, String expiresOn) {
    static IssueForm blank(LocalDate today) {
      return new IssueForm("", today.toString(), "");
    }
  }

  /** The member's collection of the document issued. */
  public record CollectForm(String collectedOn) {
    static CollectForm blank(LocalDate today) {
      return new CollectForm(today.toString());
    }
  }

  /** A fit-to-travel check of one member. */
  public record FitnessForm(String checkedOn, String outcome, String validUntil, String details) {
    static FitnessForm blank(LocalDate today) {
      return new FitnessForm(today.toString(), "", today.plusDays(30).toString(), "");
    }
  }

  /** The sending of a consulate's list: the requests that went, and the day. */
  public record SendingForm(String sentOn) {
    static SendingForm blank(LocalDate today) {
      return new SendingForm(today.toString());
    }
  }
}
