package org.homeward.movement.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.homeward.movement.FitnessToTravel;
import org.homeward.movement.PersonReadiness;
import org.homeward.movement.TravelDocumentType;
import org.homeward.movement.ValidTravelDocument;
import org.homeward.movement.documents.TravelDocument;
import org.homeward.movement.fitness.FitnessCheck;
import org.homeward.registry.DocumentType;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.PersonId;

/**
 * The three rules a member of a household must meet to travel on a day, each giving its reason when
 * it is not met:
 *
 * <ul>
 *   <li><b>eligible</b>: when a project pays for the case, its commitment covers the member
 *       (someone added to the household after it was found eligible is not paid for);
 *   <li><b>documented</b>: a travel document valid on the day and for the country of return: a
 *       laissez-passer or emergency travel document issued (or collected) by the consulate of that
 *       country and not expired, or a passport not expired, movement's or one recorded with its
 *       number and expiry among the person's identity documents in the registry;
 *   <li><b>fit</b>: the latest fitness check is FIT or FIT_WITH_ESCORT and holds on the day.
 * </ul>
 */
public final class ReadinessRules {

  private ReadinessRules() {}

  /** What the registry tells of a member, and where their household goes. */
  public record Member(
      PersonId personId, String name, String destination, List<IdentityDocument> identity) {
    public Member {
      identity = List.copyOf(identity);
    }

    /** The member as the registry's queries give them. */
    public static Member of(org.homeward.registry.RegisteredPerson p) {
      return new Member(
          p.personId(),
          p.identity().givenName() + " " + p.identity().familyName(),
          p.holding().destinationCountry(),
          p.identity().documents());
    }
  }

  /**
   * Who the case's funding covers; {@code null} when no project pays for the case (it was let
   * through without a commitment, or is sent back to departure and will be reserved anew), and the
   * rule then asks nothing.
   */
  public record Coverage(String projectCode, Set<PersonId> people) {
    public Coverage {
      people = Set.copyOf(people);
    }
  }

  /**
   * The member on {@code day}.
   *
   * @param documents the member's travel documents in movement, in any order
   * @param checks the member's fitness checks, newest first
   */
  public static MemberReadiness of(
      Member member,
      List<TravelDocument> documents,
      List<FitnessCheck> checks,
      Coverage coverage,
      LocalDate day) {
    ValidTravelDocument valid = validDocument(member, documents, day).orElse(null);
    FitnessToTravel fitness =
        checks.stream()
            .filter(c -> !c.checkedOn().isAfter(day))
            .findFirst()
            .map(FitnessCheck::toTravel)
            .orElse(null);
    PersonReadiness readiness = new PersonReadiness(member.personId(), day, valid, fitness);
    List<Lack> lacks = new ArrayList<>();
    if (coverage != null && !coverage.people().contains(member.personId())) {
      lacks.add(
          new Lack(
              Lack.Kind.ELIGIBLE,
              "not-funded",
              "not among the people project "
                  + coverage.projectCode()
                  + " pays for (added to the household after it was found eligible)"));
    }
    if (valid == null) {
      lacks.add(missingDocument(member, documents, day));
    }
    if (!readiness.fit()) {
      lacks.add(unfit(fitness, day));
    }
    return new MemberReadiness(member.name(), readiness, lacks);
  }

  /** The travel document valid on {@code day} for the journey home that expires last. */
  static Optional<ValidTravelDocument> validDocument(
      Member member, List<TravelDocument> documents, LocalDate day) {
    List<ValidTravelDocument> valid = new ArrayList<>();
    for (TravelDocument d : documents) {
      if (d.validOn(day) && d.admitsTo(member.destination())) {
        valid.add(new ValidTravelDocument(d.type(), d.number(), d.expiresOn(), false));
      }
    }
    for (IdentityDocument d : member.identity()) {
      registryDocument(d, member.destination(), day).ifPresent(valid::add);
    }
    return valid.stream().max(Comparator.comparing(ValidTravelDocument::expiresOn));
  }

  /**
   * A passport (or a laissez-passer) recorded among the person's identity documents counts when its
   * number and expiry are recorded and it has not expired; a laissez-passer only for the country
   * that issued it.
   */
  private static Optional<ValidTravelDocument> registryDocument(
      IdentityDocument d, String destination, LocalDate day) {
    if (d.number() == null || d.number().isBlank() || d.expiresOn() == null) {
      return Optional.empty();
    }
    if (day.isAfter(d.expiresOn())) {
      return Optional.empty();
    }
    if (d.type() == DocumentType.PASSPORT) {
      return Optional.of(
          new ValidTravelDocument(TravelDocumentType.PASSPORT, d.number(), d.expiresOn(), true));
    }
    if (d.type() == DocumentType.LAISSEZ_PASSER
        && (d.issuingCountry() == null || d.issuingCountry().equals(destination))) {
      return Optional.of(
          new ValidTravelDocument(
              TravelDocumentType.LAISSEZ_PASSER, d.number(), d.expiresOn(), true));
    }
    return Optional.empty();
  }

  private static Lack missingDocument(
      Member member, List<TravelDocument> documents, LocalDate day) {
    Optional<TravelDocument> requested =
        documents.stream().filter(TravelDocument::pending).findFirst();
    if (requested.isPresent()) {
      TravelDocument r = requested.get();
      return new Lack(
          Lack.Kind.DOCUMENTED,
          "document-requested",
          "no valid travel document: the "
              + words(r.type())
              + " requested"
              + (r.consulate() == null ? "" : " of the consulate of " + r.consulate())
              + " on "
              + r.requestedOn()
              + " is not issued yet");
    }
    Optional<TravelDocument> elsewhere =
        documents.stream()
            .filter(d -> d.validOn(day) && !d.admitsTo(member.destination()))
            .findFirst();
    if (elsewhere.isPresent()) {
      return new Lack(
          Lack.Kind.DOCUMENTED,
          "document-elsewhere",
          "no valid travel document: the "
              + words(elsewhere.get().type())
              + " "
              + elsewhere.get().number()
              + " of the consulate of "
              + elsewhere.get().consulate()
              + " is not valid for a return to "
              + member.destination());
    }
    Optional<LocalDate> expired =
        java.util.stream.Stream.concat(
                documents.stream().filter(d -> d.expiredOn(day)).map(TravelDocument::expiresOn),
                member.identity().stream()
                    .filter(d ->
                        (d.type() == DocumentType.PASSPORT
                                || d.type() == DocumentType.LAISSEZ_PASSER)
                            && d.expiresOn() != null
                            && day.isAfter(d.expiresOn()))
                    .map(IdentityDocument::expiresOn))
            .max(Comparator.naturalOrder());
    if (expired.isPresent()) {
      return new Lack(
          Lack.Kind.DOCUMENTED,
          "document-expired",
          "no valid travel document: the last one expired on " + expired.get());
    }
    return new Lack(
        Lack.Kind.DOCUMENTED,
        "no-document",
        "no travel document: request a laissez-passer of the consulate, or record a passport"
            + " with its number and expiry");
  }

  private static Lack unfit(FitnessToTravel fitness, LocalDate day) {
    if (fitness == null) {
      return new Lack(Lack.Kind.FIT, "no-fitness", "no fit-to-travel check recorded");
    }
    if (!fitness.outcome().mayTravel()) {
      return new Lack(
          Lack.Kind.FIT,
          "unfit",
          "found unfit to travel on "
              + fitness.checkedOn()
              + (fitness.validUntil() == null ? "" : ", until " + fitness.validUntil()));
    }
    return new Lack(
        Lack.Kind.FIT,
        "fitness-expired",
        "the fit-to-travel check of "
            + fitness.checkedOn()
            + " held until "
            + fitness.validUntil()
            + ", not on "
            + day);
  }

  private static String words(TravelDocumentType type) {
    return switch (type) {
      case PASSPORT -> "passport";
      case LAISSEZ_PASSER -> "laissez-passer";
      case EMERGENCY_TRAVEL_DOCUMENT -> "emergency travel document";
    };
  }
}
