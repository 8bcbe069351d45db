package org.homeward.movement.flights;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeward.registry.Case;
import org.homeward.registry.CaseStatus;
import org.homeward.shared.web.ProblemCode;

/**
 * The rules a household must pass to be booked on a flight, each named and each giving its reason
 * when it refuses. The case's step to BOOKED must then also pass the registry's state machine and
 * every transition guard.
 */
public final class BookingRules {

  /** A household about to be booked, with what is already on the flight. */
  public record Attempt(
      Flight flight,
      Case household,
      SeatNeed need,
      List<SeatNeed> alreadyOnBoard,
      Optional<Booking> openBooking) {

    public Attempt {
      alreadyOnBoard = List.copyOf(alreadyOnBoard);
    }
  }

  /** One rule: empty when the household passes it. */
  @FunctionalInterface
  public interface Rule {
    Optional<BookingRefusal> check(Attempt attempt);
  }

  /** Households are booked while the flight is planned or confirmed. */
  static final Rule FLIGHT_OPEN =
      a ->
          a.flight().status().isOpen()
              ? Optional.empty()
              : refuse(
                  ProblemCode.FLIGHT_NOT_OPEN,
                  "flight "
                      + a.flight().id()
                      + " is "
                      + a.flight().status()
                      + ": no one is booked on it");

  /** Only a household ready for departure is booked. */
  static final Rule CASE_READY =
      a ->
          a.household().status() == CaseStatus.READY_FOR_DEPARTURE
              ? Optional.empty()
              : refuse(
                  ProblemCode.CASE_NOT_READY,
                  "case "
                      + a.household().caseNumber()
                      + " is "
                      + a.household().status()
                      + ", not READY_FOR_DEPARTURE");

  /** The flight goes to the household's country of return. */
  static final Rule SAME_DESTINATION =
      a ->
          a.flight().details().arrivalCountry().equals(a.household().destinationCountry())
              ? Optional.empty()
              : refuse(
                  ProblemCode.WRONG_DESTINATION,
                  "case "
                      + a.household().caseNumber()
                      + " returns to "
                      + a.household().destinationCountry()
                      + "; flight "
                      + a.flight().id()
                      + " goes to "
                      + a.flight().details().arrivalCountry());

  /** A household is on one flight at a time. */
  static final Rule NOT_BOOKED_ALREADY =
      a ->
          a.openBooking()
              .map(b ->
                  new BookingRefusal(
                      ProblemCode.ALREADY_BOOKED.code(),
                      "case "
                          + a.household().caseNumber()
                          + " is already booked on flight "
                          + b.flightId()));

  /**
   * Capacity is never exceeded: the seats of everyone already booked, the household's own and the
   * escorts of the unaccompanied minors of the whole flight.
   */
  static final Rule SEATS_LEFT =
      a -> {
        int before = SeatNeed.seatsOf(a.alreadyOnBoard());
        List<SeatNeed> after = new ArrayList<>(a.alreadyOnBoard());
        after.add(a.need());
        int needed = SeatNeed.seatsOf(after);
        int capacity = a.flight().details().seats();
        if (needed <= capacity) {
          return Optional.empty();
        }
        return refuse(
            ProblemCode.NO_SEATS,
            "case "
                + a.household().caseNumber()
                + " needs "
                + (needed - before)
                + " seats (escorts included); flight "
                + a.flight().id()
                + " has "
                + Math.max(0, capacity - before)
                + " of "
                + capacity
                + " left");
      };

  /** In the order a movement officer reads them. */
  public static final List<Rule> ALL =
      List.of(FLIGHT_OPEN, NOT_BOOKED_ALREADY, CASE_READY, SAME_DESTINATION, SEATS_LEFT);

  private BookingRules() {}

  /** Every rule the household breaks, in order; empty when it may be booked. */
  public static List<BookingRefusal> check(Attempt attempt) {
    List<BookingRefusal> refusals = new ArrayList<>();
    for (Rule rule : ALL) {
      rule.check(attempt).ifPresent(refusals::add);
    }
    return refusals;
  }

  private static Optional<BookingRefusal> refuse(ProblemCode code, String reason) {
    return Optional.of(new BookingRefusal(code.code(), reason));
  }
}
