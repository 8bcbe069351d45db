package org.homeward.matching;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.homeward.matching.internal.MatchingStore;
import org.homeward.matching.internal.RegistryIndex;
import org.homeward.matching.internal.RunWorker;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseQueries;
import org.homeward.registry.CaseRegistered;
import org.homeward.registry.RegisteredPerson;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screens every new registration against the registry and queues the pairs it finds for review,
 * after the registration commits and apart from it; and lists a case's possible duplicates.
 */
@Component
class Screening implements SmartLifecycle {

  /** Candidates shown for one person at most: a reviewer reads the first few. */
  static final int MAX_CANDIDATES = 20;

  private final RegistryIndex index;
  private final MatchingStore store;
  private final CaseQueries people;
  private final AccessPolicy access;
  private final Clock clock;
  private final TransactionTemplate transactions;
  private final ReentrantLock screening = new ReentrantLock();
  private final java.util.concurrent.atomic.AtomicInteger screeningsUnderWay =
      new java.util.concurrent.atomic.AtomicInteger();
  private volatile boolean stopping;

  Screening(
      RegistryIndex index,
      MatchingStore store,
      CaseQueries people,
      AccessPolicy access,
      Clock clock,
      PlatformTransactionManager transactionManager,
      MeterRegistry meters) {
    this.transactions = new TransactionTemplate(transactionManager);
    // registrations screened one at a time: how many wait for their turn in this process
    Gauge.builder("homeward.screening.waiting", screening, ReentrantLock::getQueueLength)
        .description("Registrations waiting in this process for their turn to be screened")
        .register(meters);
    this.index = index;
    this.store = store;
    this.people = people;
    this.access = access;
    this.clock = clock;
  }

  /**
   * For each member of the case, the people elsewhere in the registry who may be them, leaving out
   * pairs a reviewer marked "not the same person".
   */
  @Transactional
  public List<MemberDuplicates> possibleDuplicates(CaseId caseId, Actor actor) {
    List<MemberDuplicates> result = new ArrayList<>();
    for (RegisteredPerson member : people.membersOf(caseId, actor)) {
      List<PossibleDuplicate> candidates = new ArrayList<>();
      if (member.mergedInto() == null) {
        for (RegistryIndex.Found f : screen(member)) {
          if (access.canRead(actor, f.person().holding()) && candidates.size() < MAX_CANDIDATES) {
            candidates.add(possible(f));
          }
        }
      }
      result.add(
          new MemberDuplicates(
              member.personId(),
              member.identity().givenName() + " " + member.identity().familyName(),
              candidates));
    }
    return result;
  }

  /**
   * Screens a new registration's members against the registry and queues what it finds, after the
   * registration commits and apart from it.
   */
  @Async
  @TransactionalEventListener
  void on(CaseRegistered registered) {
    screeningsUnderWay.incrementAndGet();
    try {
      // one registration at a time: two households saved moments apart are screened on separate
      // threads, and without this the second could be screened before the first joined the index.
      // The turn is taken before the transaction, so a burst of registrations (a mission loading
      // a list) waits without holding a database connection each.
      screening.lock();
      try {
        if (stopping) {
          // failing leaves the event's publication incomplete: it is screened after the restart
          throw new IllegalStateException(
              "the application is stopping; case " + registered.caseId() + " is screened on start");
        }
        transactions.executeWithoutResult(status ->
            screenAndIndex(people.membersOf(registered.caseId(), Actor.system()), clock.instant()));
      } finally {
        screening.unlock();
      }
    } finally {
      screeningsUnderWay.decrementAndGet();
    }
  }

  /**
   * When the application stops, the screening under way finishes its transaction and those waiting
   * for their turn give up without touching the registry, all before the database closes; their
   * events stay unfinished in the publication registry and are screened on the next start.
   */
  @Override
  public void stop() {
    stopping = true;
    long deadline = System.nanoTime() + RunWorker.STOP_WAIT.toNanos();
    while (screeningsUnderWay.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  @Override
  public void start() {
    stopping = false;
  }

  @Override
  public boolean isRunning() {
    return !stopping;
  }

  @Override
  public int getPhase() {
    return RunWorker.PHASE;
  }

  private void screenAndIndex(List<RegisteredPerson> members, Instant now) {
    for (RegisteredPerson member : members) {
      for (RegistryIndex.Found f : screen(member)) {
        store.queue(
            f.person(),
            member,
            f.candidate().probability(),
            f.candidate().verdict(),
            f.candidate().explanation(),
            "registration",
            now);
      }
    }
    index.refreshRead(members);
  }

  List<RegistryIndex.Found> screen(RegisteredPerson member) {
    List<RegistryIndex.Found> found = new ArrayList<>();
    for (RegistryIndex.Found f :
        index.check(RegistryIndex.recordOf(member.personId().toString(), member.identity()))) {
      if (!f.person().caseId().equals(member.caseId())
          && !store.isDistinct(member.personId(), f.person().personId())) {
        found.add(f);
      }
    }
    return found;
  }

  static PossibleDuplicate possible(RegistryIndex.Found f) {
    RegisteredPerson p = f.person();
    return new PossibleDuplicate(
        p.personId(),
        p.caseId(),
        p.caseNumber(),
        p.holding().missionCode(),
        p.identity(),
        f.candidate().probability(),
        f.candidate().verdict(),
        f.candidate().explanation());
  }
}
