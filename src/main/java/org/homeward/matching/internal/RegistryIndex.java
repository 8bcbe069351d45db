package org.homeward.matching.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.homeward.matching.MatchCandidate;
import org.homeward.matching.PersonRecord;
import org.homeward.matching.engine.MatchEngine;
import org.homeward.matching.engine.MatchSettings;
import org.homeward.matching.engine.NameVariants;
import org.homeward.organisation.Actor;
import org.homeward.registry.CaseQueries;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.PersonId;
import org.homeward.registry.PersonIdentity;
import org.homeward.registry.RegisteredPerson;
import org.homeward.registry.Sex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The registry's people held in the matching engine, so that a check answers without reading the
 * database. Built on first use from the registry's {@link CaseQueries}; new registrations and
 * merges are added as they happen, and every run over the registry rebuilds it (edits to a person's
 * details reach it then). People merged into another are left out: only the surviving record is
 * proposed.
 *
 * <p>Names are compared with the shipped table of name variants extended with the administrator's
 * spellings in force ({@link NameVariantsStore}); saving new spellings rebuilds the index with them
 * ({@link #useNameVariantsInForce}).
 */
@Component
public class RegistryIndex {

  /**
   * Below this many people the expectation–maximisation fit has too few pairs to learn from, so the
   * engine's seed weights are used.
   */
  static final int MIN_PEOPLE_TO_ESTIMATE = 2_000;

  private static final Logger log = LoggerFactory.getLogger(RegistryIndex.class);

  private final CaseQueries people;
  private final NameVariantsStore extraVariants;
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private volatile Snapshot current;
  private volatile NameVariants variants;

  /**
   * For each snapshot read but not yet used or discarded, the people refreshed since its reading
   * began: registrations and merges it may have missed, read again into it when it is used.
   */
  private final Set<Set<PersonId>> openReads = ConcurrentHashMap.newKeySet();

  RegistryIndex(CaseQueries people, NameVariantsStore extraVariants) {
    this.people = people;
    this.extraVariants = extraVariants;
  }

  /** A candidate found in the index, with the registered person it stands for. */
  public record Found(RegisteredPerson person, MatchCandidate candidate) {}

  /**
   * An engine over the people of the registry at one moment, in the order of their ids: what a run
   * goes through position by position.
   */
  public record Snapshot(
      MatchEngine engine,
      Map<String, RegisteredPerson> people,
      NameVariants variants,
      Set<PersonId> changedSince) {

    public RegisteredPerson person(String id) {
      return people.get(id);
    }
  }

  /** The people who may be {@code person}, most likely first; the caller filters for access. */
  public List<Found> check(PersonRecord person) {
    Snapshot snapshot = ready();
    lock.readLock().lock();
    try {
      List<Found> found = new ArrayList<>();
      for (MatchCandidate candidate : snapshot.engine().check(person)) {
        RegisteredPerson registered = snapshot.person(candidate.recordId());
        if (registered != null) {
          found.add(new Found(registered, candidate));
        }
      }
      return found;
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Re-reads these people: adds or updates those standing on their own, drops merged ones. */
  public void refresh(Collection<PersonId> ids) {
    markChanged(ids);
    List<RegisteredPerson> fresh = new ArrayList<>();
    for (PersonId id : ids) {
      people.findPerson(id, Actor.system()).ifPresent(fresh::add);
    }
    apply(ids, fresh);
  }

  /**
   * As {@link #refresh}, for people the caller has just read in its own transaction (a new
   * registration's members): no need to read them again.
   */
  public void refreshRead(List<RegisteredPerson> fresh) {
    markChanged(fresh.stream().map(RegisteredPerson::personId).toList());
    apply(fresh.stream().map(RegisteredPerson::personId).toList(), fresh);
  }

  /** Tells the snapshots being read that these people changed meanwhile. */
  private void markChanged(Collection<PersonId> ids) {
    for (Set<PersonId> changed : openReads) {
      changed.addAll(ids);
    }
  }

  private void apply(Collection<PersonId> ids, List<RegisteredPerson> fresh) {
    Snapshot snapshot = ready();
    lock.writeLock().lock();
    try {
      for (PersonId id : ids) {
        if (fresh.stream().noneMatch(p -> p.personId().equals(id))) {
          snapshot.engine().remove(id.toString());
          snapshot.people().remove(id.toString());
        }
      }
      List<PersonRecord> records = new ArrayList<>();
      for (RegisteredPerson person : fresh) {
        if (person.mergedInto() == null) {
          records.add(recordOf(person.personId().toString(), person.identity()));
          snapshot.people().put(person.personId().toString(), person);
        } else {
          snapshot.engine().remove(person.personId().toString());
          snapshot.people().remove(person.personId().toString());
        }
      }
      snapshot.engine().addAll(records);
    } finally {
      lock.writeLock().unlock();
    }
  }

  /**
   * Reads the whole registry into a new engine and fits the model to it; not yet the index. The
   * caller either {@link #use uses} it or {@link #discard discards} it.
   */
  public Snapshot read() {
    Set<PersonId> changed = ConcurrentHashMap.newKeySet();
    openReads.add(changed);
    NameVariants in = variants();
    long start = System.nanoTime();
    List<PersonRecord> records = new ArrayList<>();
    Map<String, RegisteredPerson> byId = new HashMap<>();
    people.forEachPerson(
        Actor.system(),
        person -> {
          if (person.mergedInto() == null) {
            String id = person.personId().toString();
            records.add(recordOf(id, person.identity()));
            byId.put(id, person);
          }
        });
    MatchEngine engine = engineOf(records, in);
    log.info(
        "duplicate index: {} people in {} ms",
        records.size(),
        (System.nanoTime() - start) / 1_000_000);
    return new Snapshot(engine, byId, in, changed);
  }

  /**
   * The engine the index answers from, filled with {@code records} and fitted: one place that
   * decides how, so the online-check benchmark measures exactly what the application runs.
   */
  public static MatchEngine engineOf(List<PersonRecord> records) {
    return engineOf(records, NameVariants.standard());
  }

  /** As {@link #engineOf(List)}, comparing names with {@code variants}. */
  public static MatchEngine engineOf(List<PersonRecord> records, NameVariants variants) {
    MatchSettings settings =
        MatchSettings.defaults().withEstimate(records.size() >= MIN_PEOPLE_TO_ESTIMATE);
    MatchEngine engine = new MatchEngine(variants, settings);
    engine.addAll(records);
    engine.estimate();
    return engine;
  }

  /**
   * Makes {@code snapshot} the index that checks answer from, then reads again into it the people
   * registered or merged since it was read (a run over a large registry takes minutes, and the
   * registry does not stop meanwhile). A snapshot read with name variants no longer in force is
   * discarded instead: the index already answers with the new ones.
   */
  public void use(Snapshot snapshot) {
    synchronized (this) {
      if (snapshot.variants() != variants()) {
        discard(snapshot);
        return;
      }
      lock.writeLock().lock();
      try {
        current = snapshot;
      } finally {
        lock.writeLock().unlock();
      }
    }
    // after the swap: a refresh that no longer adds to this snapshot's set already meets it
    openReads.remove(snapshot.changedSince());
    if (!snapshot.changedSince().isEmpty()) {
      refresh(Set.copyOf(snapshot.changedSince()));
    }
  }

  /** Forgets a snapshot that will not be used (a run stopped or failed). */
  public void discard(Snapshot snapshot) {
    openReads.remove(snapshot.changedSince());
  }

  /**
   * Reads the name variants in force (the shipped table extended with the stored spellings) and
   * rebuilds the index with them; returns once checks answer with them. People registered or merged
   * while the registry is read are read again into the new index.
   */
  public void useNameVariantsInForce() {
    synchronized (this) {
      variants = loadVariants();
    }
    use(read());
  }

  /** The table names are compared with: shipped, extended with the stored spellings. */
  private NameVariants variants() {
    NameVariants in = variants;
    if (in == null) {
      in = loadVariants();
      variants = in;
    }
    return in;
  }

  private NameVariants loadVariants() {
    NameVariants standard = NameVariants.standard();
    return extraVariants
        .latest()
        .map(saved -> standard.extendedWith(new StringReader(saved.text())))
        .orElse(standard);
  }

  private Snapshot ready() {
    Snapshot snapshot = current;
    if (snapshot != null) {
      return snapshot;
    }
    synchronized (this) {
      if (current == null) {
        Snapshot first = read();
        current = first;
        openReads.remove(first.changedSince());
      }
      return current;
    }
  }

  /** The engine's view of a registered person's identity. */
  public static PersonRecord recordOf(String id, PersonIdentity identity) {
    IdentityDocument document =
        identity.documents().stream()
            .filter(d -> d.number() != null && !d.number().isBlank())
            .findFirst()
            .orElse(null);
    return new PersonRecord(
        id,
        identity.givenName(),
        identity.familyName(),
        identity.sex() == null || identity.sex() == Sex.X ? null : identity.sex().name(),
        identity.dateOfBirth(),
        identity.dobEstimated(),
        identity.nationality(),
        identity.placeOfBirth(),
        identity.phone(),
        document == null ? null : document.type().name().toLowerCase(Locale.ROOT),
        document == null ? null : document.number());
  }
}
