package org.homeward.reintegration.partners;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.FieldChange;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.ReintegrationDetails.ReferralDetails;
import org.homeward.reintegration.ReintegrationDetails.ReferralStepDetails;
import org.homeward.reintegration.internal.Fields;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.reintegration.internal.ReintegrationScope.Opened;
import org.homeward.reintegration.partners.internal.PartnerRows;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ProblemCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referrals of returnees to the mission's partners, tracked from REFERRED to ACCEPTED or
 * DECLINED, then COMPLETED or DROPPED; each step audited on the case.
 */
@Service
public class Referrals {

  private final PartnerRows rows;
  private final Partners partners;
  private final ReintegrationScope scope;
  private final AuditTrail audit;
  private final Clock clock;

  Referrals(
      PartnerRows rows,
      Partners partners,
      ReintegrationScope scope,
      AuditTrail audit,
      Clock clock) {
    this.rows = rows;
    this.partners = partners;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public List<Referral> ofCase(CaseId id, Actor actor) {
    scope.readable(id, actor);
    return rows.referralsOfCase(id);
  }

  /** The referrals to a partner the actor reads, newest first, of the cases they may open. */
  @Transactional
  public List<Referral> to(long partnerId, Actor actor) {
    partners.get(partnerId, actor);
    return rows.referralsTo(partnerId).stream()
        .filter(r -> {
          try {
            scope.readable(r.caseId(), actor);
            return true;
          } catch (NotFoundException e) {
            return false;
          }
        })
        .toList();
  }

  /** One referral, if the actor may open its case. */
  @Transactional
  public Referral get(long id, Actor actor) {
    Referral r = rows.referral(id, false).orElseThrow(() -> new NotFoundException("referral", id));
    try {
      scope.readable(r.caseId(), actor);
    } catch (NotFoundException e) {
      throw new NotFoundException("referral", id);
    }
    return r;
  }

  /** Refers a returnee of the case to a partner of the mission that received it. */
  @Transactional
  public Referral refer(CaseId caseId, ReferralDetails details, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Opened opened = scope.changeable(caseId, actor);
    LocalDate today = LocalDate.now(clock);
    Violations v = new Violations();
    PersonId person = member(v, opened, details.personId());
    Partner partner = null;
    if (Fields.blank(details.partnerId())) {
      v.add("partnerId", "required", "partnerId is required");
    } else {
      partner = partners.usable(v, "partnerId", details.partnerId(), opened.file().originMission());
    }
    String service = Fields.text(v, "service", details.service(), Fields.SHORT_TEXT);
    LocalDate on =
        Fields.blank(details.referredOn())
            ? today
            : Fields.optionalDate(v, "referredOn", details.referredOn(), today, false);
    String note = Fields.optionalText(v, "note", details.note(), Fields.LONG_TEXT);
    v.throwIfAny();
    Referral referral =
        new Referral(
            0,
            caseId,
            opened.file().caseNumber(),
            person,
            partner.id(),
            partner.name(),
            service,
            ReferralStatus.REFERRED,
            on,
            on,
            note,
            null,
            1,
            clock.instant(),
            actor.username());
    long id = rows.insertReferral(referral, clock.instant(), actor.username());
    audit.record(
        AuditRecord.of(actor.username(), "reintegration.referred", "case", caseId.toString())
            .inMission(opened.file().originMission())
            .withDetails(
                Map.of(
                    "referralId",
                    id,
                    "personId",
                    person.toString(),
                    "partner",
                    partner.name(),
                    "service",
                    service)));
    return rows.referral(id, false).orElseThrow();
  }

  /**
   * Takes the referral's next step ({@code status}), on a day, with what came of it.
   *
   * @throws ConflictException {@code referral-status} when the step is not one its status allows
   */
  @Transactional
  public Referral step(long id, ReferralStepDetails details, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Referral r = rows.referral(id, true).orElseThrow(() -> new NotFoundException("referral", id));
    Opened opened;
    try {
      opened = scope.changeable(r.caseId(), actor);
    } catch (NotFoundException e) {
      throw new NotFoundException("referral", id);
    }
    LocalDate today = LocalDate.now(clock);
    Violations v = new Violations();
    ReferralStatus to = Fields.choice(v, "status", details.status(), ReferralStatus.class);
    LocalDate on =
        Fields.blank(details.on())
            ? today
            : Fields.optionalDate(v, "on", details.on(), today, false);
    if (on != null && on.isBefore(r.referredOn())) {
      v.add("on", "out-of-range", "on or after the day of the referral, " + r.referredOn());
    }
    String outcome = Fields.optionalText(v, "note", details.note(), Fields.LONG_TEXT);
    v.throwIfAny();
    if (!r.status().next().contains(to)) {
      throw new ConflictException(
          ProblemCode.REFERRAL_STATUS,
          "a referral " + r.status() + " cannot become " + to,
          Map.of(
              "status",
              r.status().name(),
              "allowed",
              r.status().next().stream().map(Enum::name).sorted().toList()));
    }
    Instant now = clock.instant();
    rows.step(id, to, on, outcome, now, actor.username());
    audit.record(
        AuditRecord.of(
                actor.username(), "reintegration.referral-changed", "case", r.caseId().toString())
            .inMission(opened.file().originMission())
            .because(outcome)
            .withChanges(
                List.of(
                    new FieldChange("referrals[" + id + "].status", r.status().name(), to.name())))
            .withDetails(Map.of("referralId", id, "partner", r.partnerName())));
    return rows.referral(id, false).orElseThrow();
  }

  private static PersonId member(Violations v, Opened opened, String text) {
    if (Fields.blank(text)) {
      v.add("personId", "required", "personId is required");
      return null;
    }
    try {
      PersonId id = new PersonId(UUID.fromString(text.strip()));
      if (opened.household().members().stream().anyMatch(m -> m.id().equals(id))) {
        return id;
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    v.add("personId", "unknown-member", "not a member of case " + opened.file().caseNumber());
    return null;
  }
}
