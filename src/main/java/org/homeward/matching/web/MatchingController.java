package org.homeward.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.homeward.matching.Matching;
import org.homeward.matching.MatchingRun;
import org.homeward.matching.ReviewDecision;
import org.homeward.matching.web.MatchingResponses.CandidateResponse;
import org.homeward.matching.web.MatchingResponses.CaseDuplicatesResponse;
import org.homeward.matching.web.MatchingResponses.CheckResponse;
import org.homeward.matching.web.MatchingResponses.MemberResponse;
import org.homeward.matching.web.MatchingResponses.MergeResponse;
import org.homeward.matching.web.MatchingResponses.ReviewPageResponse;
import org.homeward.matching.web.MatchingResponses.ReviewResponse;
import org.homeward.matching.web.MatchingResponses.RunResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.CaseId;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "Duplicates",
    description = "Possible duplicates of a person, the review queue, merges and registry runs")
class MatchingController {

  private final Matching matching;

  MatchingController(Matching matching) {
    this.matching = matching;
  }

  @Requires(Permission.CASE_REGISTER)
  @PostMapping("/api/v1/matching/check")
  @Operation(
      operationId = "checkPerson",
      summary = "Registered people who may be this person, before registering them",
      description =
          "The body is a member as in POST /api/v1/cases. Nothing is saved. Each candidate has its"
              + " probability, verdict and each field's evidence.")
  CheckResponse check(@RequestBody CaseDetails.MemberDetails person, Actor actor) {
    return new CheckResponse(
        matching.check(person, actor).stream().map(CandidateResponse::of).toList());
  }

  @Requires(Permission.CASE_READ)
  @GetMapping("/api/v1/cases/{id}/possible-duplicates")
  @Operation(
      operationId = "listPossibleDuplicates",
      summary = "For each member of a case, who elsewhere in the registry may be them",
      description =
          "Each candidate with its probability, verdict and each field's evidence, within the"
              + " cases the reader may see.")
  CaseDuplicatesResponse possibleDuplicates(@PathVariable String id, Actor actor) {
    CaseId caseId = CaseId.parse(id).orElseThrow(() -> new NotFoundException("case", id));
    return new CaseDuplicatesResponse(
        caseId.toString(),
        matching.possibleDuplicates(caseId, actor).stream().map(MemberResponse::of).toList());
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @GetMapping("/api/v1/matching/reviews")
  @Operation(
      operationId = "listReviews",
      summary = "The review queue: open pairs in the reader's cases, most likely first",
      description = "A page (page counts from 0, size 20 by default) of the pairs not yet decided.")
  ReviewPageResponse reviews(
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String size,
      Actor actor) {
    Violations v = new Violations();
    int p = number(v, "page", page, 0);
    int s = number(v, "size", size, 20);
    v.throwIfAny();
    return ReviewPageResponse.of(matching.reviews(p, s, actor));
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @GetMapping("/api/v1/matching/reviews/{id}")
  @Operation(
      operationId = "getReview",
      summary = "One pair of the queue, decided or not",
      description =
          "Both records side by side, the evidence for each field, and the pair's status.")
  ReviewResponse review(@PathVariable String id, Actor actor) {
    return ReviewResponse.of(matching.review(id(id, "review"), actor));
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @PostMapping("/api/v1/matching/reviews/{id}/decision")
  @Operation(
      operationId = "decideReview",
      summary = "Decide a pair",
      description =
          "{\"decision\":\"NOT_SAME_PERSON\"}: never proposed again. {\"decision\":\"SAME_PERSON\","
              + " \"survivor\":\"a\", \"keep\":{\"phone\":\"b\"}}: merge into the surviving"
              + " record, taking each named field's value from a or b (others: the survivor's);"
              + " both records are kept and linked, and the merge can be undone. 409 when the"
              + " pair was decided already or both are of one household.")
  ReviewResponse decide(@PathVariable String id, @RequestBody ReviewDecision decision, Actor actor)
      throws ConflictException {
    return ReviewResponse.of(matching.decide(id(id, "review"), decision, actor));
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @GetMapping("/api/v1/matching/merges/{id}")
  @Operation(
      operationId = "getMerge",
      summary = "A merge, with both records' values before it",
      description =
          "Which record survived, both records before the merge, the merged record, and whether"
              + " the merge was undone.")
  MergeResponse merge(@PathVariable String id, Actor actor) {
    return MergeResponse.of(matching.merge(id(id, "merge"), actor));
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @PostMapping("/api/v1/matching/merges/{id}/undo")
  @Operation(
      operationId = "undoMerge",
      summary = "Undo a merge",
      description =
          "Every original value comes back and the pair returns to the queue; 409 when the"
              + " surviving record was edited since.")
  MergeResponse undo(@PathVariable String id, Actor actor) throws ConflictException {
    return MergeResponse.of(matching.undoMerge(id(id, "merge"), actor));
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @PostMapping("/api/v1/matching/runs")
  @Operation(
      operationId = "startRegistryRun",
      summary = "Search the whole registry for duplicates, in the background",
      description =
          "Resumes the last run if it was stopped; 409 while one is running. Poll the Location for"
              + " progress.")
  @ApiResponse(
      responseCode = "202",
      description = "Started (or resumed): Location names the run to poll")
  ResponseEntity<RunResponse> start(Actor actor) throws ConflictException {
    MatchingRun run = matching.startRun(actor);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .location(URI.create("/api/v1/matching/runs/" + run.id()))
        .body(RunResponse.of(run));
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @GetMapping("/api/v1/matching/runs/{id}")
  @Operation(
      operationId = "getRegistryRun",
      summary = "A run's progress",
      description =
          "Its status, how many people of how many it has compared, and the pairs found so far.")
  RunResponse run(@PathVariable String id, Actor actor) {
    return RunResponse.of(matching.run(id(id, "run"), actor));
  }

  @Requires(Permission.DUPLICATE_REVIEW)
  @PostMapping("/api/v1/matching/runs/{id}/stop")
  @Operation(
      operationId = "stopRegistryRun",
      summary = "Stop a run after its current step; start a run again to resume it",
      description =
          "The run finishes the step it is in, records its progress and is left STOPPED; 409 when"
              + " it is not running.")
  RunResponse stop(@PathVariable String id, Actor actor) throws ConflictException {
    return RunResponse.of(matching.stopRun(id(id, "run"), actor));
  }

  private static long id(String text, String what) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw new NotFoundException(what, text);
    }
  }

  private static int number(Violations v, String field, String value, int fallback) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      v.add(field, "malformed", "'" + value + "' is not a whole number");
      return fallback;
    }
  }
}
