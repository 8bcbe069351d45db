package org.homeward.matching;

import java.util.List;
import java.util.Optional;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.CaseId;
import org.springframework.stereotype.Service;

/**
 * Duplicate detection in the application: checks a person against the registry before they are
 * registered, lists a case's possible duplicates, screens every new registration into the review
 * queue, and carries out reviewers' decisions. Every method checks the {@link AccessPolicy}: a
 * reader sees only candidates in cases they may open, and a reviewer only pairs whose both cases
 * are theirs. Every decision is audited in the same transaction. The work is done by the use cases
 * behind it: {@link PreRegistrationCheck}, {@link Screening}, {@link Reviews} and {@link
 * RegistryRuns}.
 */
@Service
public class Matching {

  private final PreRegistrationCheck preRegistration;
  private final Screening screening;
  private final Reviews reviews;
  private final RegistryRuns runs;

  Matching(
      PreRegistrationCheck preRegistration,
      Screening screening,
      Reviews reviews,
      RegistryRuns runs) {
    this.preRegistration = preRegistration;
    this.screening = screening;
    this.reviews = reviews;
    this.runs = runs;
  }

  /**
   * The registered people who may be the person described, most likely first: for a caseworker
   * about to register them. Nothing is saved. Fields are those of a member in a registration.
   */
  public List<PossibleDuplicate> check(CaseDetails.MemberDetails person, Actor actor) {
    return preRegistration.check(person, actor);
  }

  /**
   * For each member of the case, the people elsewhere in the registry who may be them, leaving out
   * pairs a reviewer marked "not the same person".
   */
  public List<MemberDuplicates> possibleDuplicates(CaseId caseId, Actor actor) {
    return screening.possibleDuplicates(caseId, actor);
  }

  /** Open pairs the reviewer may see (both cases theirs), most likely first. */
  public ReviewQueue reviews(int page, int size, Actor actor) {
    return reviews.reviews(page, size, actor);
  }

  /** One pair of the queue, decided or not. */
  public ReviewItem review(long id, Actor actor) {
    return reviews.review(id, actor);
  }

  /**
   * The open pairs linked with this one through the people they share: the group a reviewer decides
   * within, each link with why it holds.
   */
  public List<ReviewItem> reviewGroup(long id, Actor actor) {
    return reviews.group(id, actor);
  }

  /** Carries out a reviewer's decision on an open pair; see {@link ReviewDecision}. */
  public ReviewItem decide(long id, ReviewDecision decision, Actor actor) {
    return reviews.decide(id, decision, actor);
  }

  /** A merge with the identities it started from. */
  public MergeOutcome merge(long mergeId, Actor actor) {
    return reviews.merge(mergeId, actor);
  }

  /**
   * Undoes a merge: the surviving record gets back every value it had, the other stands on its own
   * again, and the pair returns to the queue for a new decision.
   */
  public MergeOutcome undoMerge(long mergeId, Actor actor) {
    return reviews.undoMerge(mergeId, actor);
  }

  /**
   * Starts a search of the whole registry in the background, or resumes the last one if it was
   * stopped; refused while one is running.
   */
  public MatchingRun startRun(Actor actor) {
    return runs.startRun(actor);
  }

  public MatchingRun run(long id, Actor actor) {
    return runs.run(id, actor);
  }

  /** The latest search of the registry, for the review page's progress bar; empty before any. */
  public Optional<MatchingRun> latestRun(Actor actor) {
    return runs.latestRun(actor);
  }

  /** Asks a running search to stop after the step it is in; it can be resumed later. */
  public MatchingRun stopRun(long id, Actor actor) {
    return runs.stopRun(id, actor);
  }
}
