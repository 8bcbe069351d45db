package org.homeward.reporting.dashboard.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.homeward.funding.Ledger;
import org.homeward.funding.ProjectId;
import org.homeward.registry.CaseFigures;
import org.homeward.registry.CaseFigures.CaseFacts;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the dashboards' counts equal to what the registry holds: a case that changed is counted
 * again from its facts (its old counts taken back, its new ones added), and a database whose cases
 * were never counted is counted once, a page of cases at a time.
 */
@Service("reportingSummaryKeeper")
public class SummaryKeeper {

  private static final Logger log = LoggerFactory.getLogger(SummaryKeeper.class);

  /** The statuses in which funding releases a case's commitment. */
  private static final Set<CaseStatus> RELEASED =
      EnumSet.of(CaseStatus.WITHDRAWN, CaseStatus.INELIGIBLE, CaseStatus.NO_SHOW);

  /** Cases per transaction of the backfill. */
  static final int BATCH = 1000;

  private final CaseFigures figures;
  private final Ledger ledger;
  private final SummaryTables tables;
  private final TransactionTemplate transactions;

  SummaryKeeper(
      CaseFigures figures, Ledger ledger, SummaryTables tables, TransactionTemplate transactions) {
    this.figures = figures;
    this.ledger = ledger;
    this.tables = tables;
    this.transactions = transactions;
  }

  /** Counts the case again as it now stands (or takes its counts back if it is gone). */
  @Transactional
  public void refresh(CaseId caseId) {
    UUID id = caseId.value();
    tables.lock(id);
    Optional<CountedCase> before = tables.find(id);
    Optional<CaseFacts> facts = figures.factsOf(caseId);
    Map<Cell, long[]> deltas = new HashMap<>();
    before.ifPresent(b -> subtract(deltas, b.cells()));
    if (facts.isPresent()) {
      CountedCase after = CountedCase.of(facts.get(), projectOf(facts.get()));
      add(deltas, after.cells());
      tables.save(id, after);
    } else {
      tables.delete(id);
    }
    tables.add(deltas);
  }

  /**
   * Counts every case not counted yet (all of them in a database that was never counted), {@link
   * #BATCH} at a time, each batch in its own transaction; returns how many it counted.
   */
  public long backfill() {
    long started = System.nanoTime();
    long[] counted = {0};
    List<CaseFacts> batch = new ArrayList<>(BATCH);
    figures.forEachCase(facts -> {
      batch.add(facts);
      if (batch.size() >= BATCH) {
        counted[0] += store(counted(batch));
        batch.clear();
      }
    });
    if (!batch.isEmpty()) {
      counted[0] += store(counted(batch));
    }
    tables.fold();
    log.info(
        "dashboards: counted {} cases in {} ms",
        counted[0],
        (System.nanoTime() - started) / 1_000_000);
    return counted[0];
  }

  /** Counts everything again from the registry. */
  public long rebuild() {
    transactions.executeWithoutResult(s -> tables.clear());
    return backfill();
  }

  /** Counts the registry's cases if some are not counted yet (cases generated straight in SQL). */
  public void backfillIfBehind() {
    long registered = figures.count();
    long counted = tables.countedCases();
    if (counted < registered) {
      log.info("dashboards: {} of {} cases counted, counting the others", counted, registered);
      backfill();
    }
  }

  /** Sums the rows of differences into one per cell. */
  public long fold() {
    return transactions.execute(s -> tables.fold());
  }

  private long store(Map<UUID, CountedCase> batch) {
    return transactions.execute(s -> {
      Set<UUID> stored = tables.saveNew(batch);
      Map<Cell, long[]> deltas = new HashMap<>();
      stored.forEach(id -> add(deltas, batch.get(id).cells()));
      tables.add(deltas);
      return (long) stored.size();
    });
  }

  /** The batch as counted, the projects paying for its cases read in one query. */
  private Map<UUID, CountedCase> counted(List<CaseFacts> batch) {
    Map<CaseId, ProjectId> paying =
        ledger.projectsPayingFor(
            batch.stream().filter(SummaryKeeper::mayBePaidFor).map(CaseFacts::caseId).toList());
    Map<UUID, CountedCase> counted = new LinkedHashMap<>();
    for (CaseFacts facts : batch) {
      ProjectId project = mayBePaidFor(facts) ? paying.get(facts.caseId()) : null;
      counted.put(
          facts.caseId().value(), CountedCase.of(facts, project == null ? null : project.value()));
    }
    return counted;
  }

  /**
   * The project paying for the case: the one its standing commitment is on. None before the case
   * was eligible, nor once it left the journey before departing (withdrawn, ineligible, no-show,
   * closed): funding releases the commitment then, in a reaction of its own that may not have run
   * yet, so the case's status decides rather than the ledger's timing.
   */
  private Long projectOf(CaseFacts facts) {
    if (!mayBePaidFor(facts)) {
      return null;
    }
    return ledger.costsOf(facts.caseId()).map(c -> c.projectId().value()).orElse(null);
  }

  private static boolean mayBePaidFor(CaseFacts facts) {
    CaseStatus status = facts.status();
    return facts.reached().containsKey(CaseStatus.ELIGIBLE)
        && !RELEASED.contains(status)
        && !(status == CaseStatus.CLOSED && !facts.reached().containsKey(CaseStatus.DEPARTED));
  }

  private static void add(Map<Cell, long[]> into, Map<Cell, long[]> cells) {
    cells.forEach((cell, n) -> {
      long[] d = into.computeIfAbsent(cell, c -> new long[2]);
      d[0] += n[0];
      d[1] += n[1];
    });
  }

  private static void subtract(Map<Cell, long[]> into, Map<Cell, long[]> cells) {
    cells.forEach((cell, n) -> {
      long[] d = into.computeIfAbsent(cell, c -> new long[2]);
      d[0] -= n[0];
      d[1] -= n[1];
    });
  }
}
