package org.homeward.registry;

import java.util.List;
import java.util.Map;
import org.homeward.audit.AuditEntry;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseDetails.ConsentDetails;
import org.springframework.stereotype.Service;

/**
 * Registers households, changes their details and consent, records disclosures, and finds them.
 * Every method checks the {@link AccessPolicy} first; a case the actor may not see is reported as
 * not found. Each call is one use case: {@link Registrations}, {@link Consents}, {@link
 * Disclosures}, {@link CaseReads}.
 */
@Service
public class Cases {

  private final Registrations registrations;
  private final Consents consents;
  private final Disclosures disclosures;
  private final CaseReads reads;

  Cases(Registrations registrations, Consents consents, Disclosures disclosures, CaseReads reads) {
    this.registrations = registrations;
    this.consents = consents;
    this.disclosures = disclosures;
    this.reads = reads;
  }

  /** The outcome of a registration: the case, and whether this call created it. */
  public record Registration(Case registered, boolean created) {}

  public Case register(CaseDetails details, Actor actor) {
    return registrations.register(details, null, actor).registered();
  }

  /**
   * Registers a household. With an {@code idempotencyKey}, a retry of the same request returns the
   * case the first one created instead of a second case; the same key with another request is a
   * conflict.
   */
  public Registration register(CaseDetails details, String idempotencyKey, Actor actor) {
    return registrations.register(details, idempotencyKey, actor);
  }

  /**
   * The case, if the actor may see it; without its sensitive part unless the actor has a need to
   * know it, in which case the read is audited. A case the actor may not see is not found, exactly
   * as one that does not exist, and the attempt is logged and audited.
   */
  public Case get(CaseId id, Actor actor) {
    return reads.get(id, actor);
  }

  /**
   * Replaces the case's details with {@code details} (members sent back with their id keep it;
   * those left out are removed), provided the case is still at {@code expectedVersion}.
   */
  public Case update(CaseId id, long expectedVersion, CaseDetails details, Actor actor) {
    return registrations.update(id, expectedVersion, details, actor);
  }

  /** Records (or corrects) the migrant's declaration of consent to a voluntary return. */
  public Case recordConsent(CaseId id, Long expectedVersion, ConsentDetails details, Actor actor) {
    return consents.record(id, expectedVersion, details, actor);
  }

  /** One page of the cases the actor may see, most vulnerable first unless sorted otherwise. */
  public ResultPage<CaseSummary> search(CaseSearch search, Actor actor) {
    return reads.search(search, actor);
  }

  /** How many cases the actor may see are in each status; statuses with none are left out. */
  public Map<CaseStatus, Long> countByStatus(Actor actor) {
    return reads.countByStatus(actor);
  }

  /**
   * The actor's own open cases that wait for the caseworker's next step (counselling, an
   * eligibility decision, a deferred case to pick up again), waiting longest first.
   */
  public ResultPage<CaseSummary> pendingWork(Actor actor, int size) {
    return reads.pendingWork(actor, size);
  }

  /** Everything that happened to the case, oldest first. */
  public List<AuditEntry> history(CaseId id, Actor actor) {
    return reads.history(id, actor);
  }

  /**
   * Records that the case's personal data was disclosed to a third party outside Homeward (a
   * consulate asked for a travel document, a protection agency took a referral): to whom, why, and
   * which data. Nothing is sent; the disclosure is written to the audit trail, where the
   * data-protection focal point finds it.
   */
  public void recordDisclosure(CaseId id, Disclosure disclosure, Actor actor) {
    disclosures.record(id, disclosure, actor);
  }

  /**
   * Everything held about one member of a case, for a subject-access request; the export itself is
   * audited with its purpose.
   */
  public PersonExport exportPerson(CaseId id, PersonId personId, String purpose, Actor actor) {
    return disclosures.exportPerson(id, personId, purpose, actor);
  }
}
