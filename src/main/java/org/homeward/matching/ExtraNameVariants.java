package org.homeward.matching;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.audit.FieldChange;
import org.homeward.matching.engine.NameVariants;
import org.homeward.matching.internal.NameVariantsStore;
import org.homeward.matching.internal.RegistryIndex;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.shared.StaleVersionException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The spellings an administrator adds to the shipped table of name variants, for every mission.
 * Each save is a new version of the whole text, audited in the same transaction; older versions are
 * kept. A save returns once the duplicate index compares names with the new table, so a check made
 * after it uses it.
 */
@Service
public class ExtraNameVariants {

  static final String SUBJECT = "name-variants";

  private final NameVariantsStore store;
  private final RegistryIndex index;
  private final AuditTrail audit;
  private final java.time.Clock clock;
  private final TransactionTemplate transactions;
  private final int shippedGroups = NameVariants.standard().groups();

  ExtraNameVariants(
      NameVariantsStore store,
      RegistryIndex index,
      AuditTrail audit,
      java.time.Clock clock,
      PlatformTransactionManager transactionManager) {
    this.store = store;
    this.index = index;
    this.audit = audit;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** The extra spellings in force, with their version. */
  public NameVariantTable current(Actor actor) {
    actor.require(Permission.NAME_VARIANTS_MANAGE);
    return table(store.latest());
  }

  /**
   * Saves {@code text} as the new extra table, replacing the one at {@code expectedVersion}, and
   * rebuilds the duplicate index with it before returning. Nothing is saved when the text breaks a
   * rule ({@link NameVariantsRejected}, every problem at its line) or when someone saved another
   * version since ({@link StaleVersionException}).
   */
  public NameVariantTable save(String text, long expectedVersion, Actor actor) {
    actor.require(Permission.NAME_VARIANTS_MANAGE);
    String saved = text == null ? "" : text.strip().replace("\r\n", "\n");
    List<NameVariantsRejected.LineProblem> problems = NameVariantsText.problems(saved);
    if (!problems.isEmpty()) {
      throw new NameVariantsRejected(problems);
    }
    NameVariantTable table =
        transactions.execute(status -> {
          Optional<NameVariantsStore.Saved> before = store.latest();
          long current = before.map(NameVariantsStore.Saved::version).orElse(0L);
          if (current != expectedVersion) {
            throw new StaleVersionException(current);
          }
          Instant now = clock.instant();
          if (!store.insert(current + 1, saved, actor.username(), now)) {
            throw new StaleVersionException(store.latest().orElseThrow().version());
          }
          audit.record(
              AuditRecord.of(
                      actor.username(), "name-variants.saved", SUBJECT, String.valueOf(current + 1))
                  .inMission(actor.missionCode())
                  .withChanges(
                      List.of(
                          new FieldChange("version", current, current + 1),
                          new FieldChange(
                              "text", before.map(NameVariantsStore.Saved::text).orElse(""), saved)))
                  .withDetails(Map.of("groups", NameVariantsText.groups(saved))));
          return table(store.latest());
        });
    index.useNameVariantsInForce();
    return table;
  }

  private NameVariantTable table(Optional<NameVariantsStore.Saved> saved) {
    return saved
        .map(s ->
            new NameVariantTable(
                s.version(),
                s.text(),
                s.savedBy(),
                s.savedAt(),
                shippedGroups,
                NameVariantsText.groups(s.text())))
        .orElseGet(() -> new NameVariantTable(0, "", null, null, shippedGroups, 0));
  }
}
