package org.homeward.reintegration.purchases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.FieldChange;
import org.homeward.funding.Ledger;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.reintegration.ReintegrationDetails.ThresholdDetails;
import org.homeward.reintegration.internal.Amounts;
import org.homeward.reintegration.internal.Fields;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.reintegration.purchases.internal.PurchaseStore;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each mission's purchase threshold, set by its chief of mission or an administrator ({@link
 * Permission#REINTEGRATION_SETTINGS}): a purchase above it waits for a second person's approval. A
 * mission that has set none has every purchase approved by a second person.
 */
@Service
public class Thresholds {

  /** Whether a purchase needs a second person, and what it was weighed against. */
  public record Weighing(boolean needsApproval, MonetaryAmount weighed, MonetaryAmount limit) {}

  private final PurchaseStore store;
  private final ReintegrationScope scope;
  private final Missions missions;
  private final Ledger ledger;
  private final AuditTrail audit;
  private final Clock clock;

  Thresholds(
      PurchaseStore store,
      ReintegrationScope scope,
      Missions missions,
      Ledger ledger,
      AuditTrail audit,
      Clock clock) {
    this.store = store;
    this.scope = scope;
    this.missions = missions;
    this.ledger = ledger;
    this.audit = audit;
    this.clock = clock;
  }

  /** The mission's threshold, for a reader of the mission's reintegration or its settings. */
  @Transactional(readOnly = true)
  public Optional<Threshold> of(String missionCode, Actor actor) {
    if (!actor.may(Permission.REINTEGRATION_SETTINGS)) {
      actor.require(Permission.REINTEGRATION_READ);
    }
    requireOversight(missionCode, actor);
    return store.threshold(missionCode);
  }

  /** May the actor set this mission's threshold? */
  public boolean canSet(String missionCode, Actor actor) {
    if (!actor.may(Permission.REINTEGRATION_SETTINGS)) {
      return false;
    }
    Set<String> missions = scope.missionsRead(actor);
    return missions == null || missions.contains(missionCode);
  }

  /** Sets the mission's threshold, if still at {@code expectedVersion} when given. */
  @Transactional
  public Threshold set(
      String missionCode, Long expectedVersion, ThresholdDetails details, Actor actor) {
    actor.require(Permission.REINTEGRATION_SETTINGS);
    requireOversight(missionCode, actor);
    Violations v = new Violations();
    CurrencyUnit currency = Fields.currency(v, "currency", details.currency());
    MonetaryAmount amount = Fields.amount(v, "amount", details.amount(), currency, false);
    v.throwIfAny();
    Threshold before = store.threshold(missionCode).orElse(null);
    long version = before == null ? 0 : before.version();
    if (expectedVersion != null && expectedVersion != version) {
      throw new StaleVersionException(version);
    }
    Threshold after =
        new Threshold(missionCode, amount, version + 1, clock.instant(), actor.username());
    store.saveThreshold(after);
    audit.record(
        AuditRecord.of(actor.username(), "reintegration.threshold-set", "mission", missionCode)
            .inMission(missionCode)
            .withChanges(
                java.util.List.of(
                    new FieldChange(
                        "purchaseThreshold",
                        before == null ? null : Amounts.text(before.amount()),
                        Amounts.text(amount))))
            .withDetails(Map.of("missionCode", missionCode)));
    return after;
  }

  /**
   * Whether a purchase of {@code amount} on {@code on} for the mission passes its threshold
   * (converted to the threshold's currency at funding's rate of that day); every purchase does for
   * a mission without one.
   */
  public Weighing weigh(String missionCode, MonetaryAmount amount, LocalDate on) {
    Optional<Threshold> threshold = store.threshold(missionCode);
    if (threshold.isEmpty()) {
      return new Weighing(true, amount, null);
    }
    MonetaryAmount limit = threshold.get().amount();
    MonetaryAmount weighed = ledger.convert(amount, limit.getCurrency(), on);
    return new Weighing(weighed.isGreaterThan(limit), weighed, limit);
  }

  private void requireOversight(String missionCode, Actor actor) {
    Set<String> read = scope.missionsRead(actor);
    if (!missions.exists(missionCode) || (read != null && !read.contains(missionCode))) {
      throw new NotFoundException("mission", missionCode);
    }
  }
}
