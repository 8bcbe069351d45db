package org.homeward.matching.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.homeward.matching.Explanation;
import org.homeward.matching.MatchingRun;
import org.homeward.matching.MemberDuplicates;
import org.homeward.matching.MergeOutcome;
import org.homeward.matching.PossibleDuplicate;
import org.homeward.matching.ReviewItem;
import org.homeward.matching.ReviewQueue;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.PersonIdentity;
import org.homeward.registry.RegisteredPerson;

/** The matching API's response bodies. */
final class MatchingResponses {

  private MatchingResponses() {}

  /** Who a person is, as a reviewer compares two records. */
  record PersonResponse(
      String givenName,
      String familyName,
      String sex,
      LocalDate dateOfBirth,
      boolean dobEstimated,
      String nationality,
      String placeOfBirth,
      String phone,
      List<Map<String, String>> documents) {

    static PersonResponse of(PersonIdentity p) {
      return new PersonResponse(
          p.givenName(),
          p.familyName(),
          p.sex() == null ? null : p.sex().name(),
          p.dateOfBirth(),
          p.dobEstimated(),
          p.nationality(),
          p.placeOfBirth(),
          p.phone(),
          p.documents().stream().map(MatchingResponses::document).toList());
    }
  }

  private static Map<String, String> document(IdentityDocument d) {
    return d.issuingCountry() == null
        ? Map.of("type", d.type().name(), "number", d.number())
        : Map.of(
            "type", d.type().name(), "number", d.number(), "issuingCountry", d.issuingCountry());
  }

  record CandidateResponse(
      String personId,
      String caseId,
      String caseNumber,
      String missionCode,
      PersonResponse person,
      double probability,
      String verdict,
      Explanation explanation) {

    static CandidateResponse of(PossibleDuplicate d) {
      return new CandidateResponse(
          d.personId().toString(),
          d.caseId().toString(),
          d.caseNumber(),
          d.missionCode(),
          PersonResponse.of(d.identity()),
          round(d.probability()),
          d.verdict().name(),
          d.explanation());
    }
  }

  record CheckResponse(List<CandidateResponse> candidates) {}

  record MemberResponse(String personId, String name, List<CandidateResponse> candidates) {

    static MemberResponse of(MemberDuplicates m) {
      return new MemberResponse(
          m.personId().toString(),
          m.name(),
          m.candidates().stream().map(CandidateResponse::of).toList());
    }
  }

  record CaseDuplicatesResponse(String caseId, List<MemberResponse> members) {}

  record RecordResponse(
      String personId,
      String caseId,
      String caseNumber,
      String missionCode,
      PersonResponse person) {

    static RecordResponse of(RegisteredPerson p) {
      return new RecordResponse(
          p.personId().toString(),
          p.caseId().toString(),
          p.caseNumber(),
          p.holding().missionCode(),
          PersonResponse.of(p.identity()));
    }
  }

  record ReviewResponse(
      long id,
      double probability,
      String verdict,
      String status,
      RecordResponse a,
      RecordResponse b,
      Explanation explanation,
      String foundBy,
      Instant foundAt,
      Long mergeId) {

    static ReviewResponse of(ReviewItem r) {
      return new ReviewResponse(
          r.id(),
          round(r.probability()),
          r.verdict().name(),
          r.status().name(),
          RecordResponse.of(r.a()),
          RecordResponse.of(r.b()),
          r.explanation(),
          r.foundBy(),
          r.foundAt(),
          r.mergeId());
    }
  }

  record ReviewPageResponse(List<ReviewResponse> items, int page, int size, long total) {

    static ReviewPageResponse of(ReviewQueue q) {
      return new ReviewPageResponse(
          q.items().stream().map(ReviewResponse::of).toList(), q.page(), q.size(), q.total());
    }
  }

  record MergeResponse(
      long id,
      long reviewId,
      String survivor,
      String duplicate,
      PersonResponse survivorBefore,
      PersonResponse duplicateRecord,
      PersonResponse merged,
      boolean undone) {

    static MergeResponse of(MergeOutcome m) {
      return new MergeResponse(
          m.id(),
          m.reviewId(),
          m.survivor().toString(),
          m.duplicate().toString(),
          PersonResponse.of(m.survivorBefore()),
          PersonResponse.of(m.duplicateIdentity()),
          PersonResponse.of(m.merged()),
          m.undone());
    }
  }

  record RunResponse(
      long id,
      String status,
      int total,
      int done,
      double progress,
      int pairsFound,
      String startedBy,
      Instant startedAt,
      Instant updatedAt,
      Instant finishedAt) {

    static RunResponse of(MatchingRun r) {
      return new RunResponse(
          r.id(),
          r.status().name(),
          r.total(),
          r.done(),
          Math.round(r.progress() * 1000) / 1000.0,
          r.pairsFound(),
          r.startedBy(),
          r.startedAt(),
          r.updatedAt(),
          r.finishedAt());
    }
  }

  static double round(double p) {
    return Math.round(p * 10_000) / 10_000.0;
  }
}
