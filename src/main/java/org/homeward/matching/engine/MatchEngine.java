package org.homeward.matching.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.homeward.matching.Explanation;
import org.homeward.matching.MatchCandidate;
import org.homeward.matching.PersonRecord;
import org.homeward.matching.Verdict;

/**
 * The duplicate detection engine, free of Spring so the command line runs it as the server does:
 * holds the records being searched in a {@link BlockingIndex}, fits the model to them ({@link
 * #estimate()}), checks one person against them ({@link #check}) and links all of them with each
 * other ({@link #linkAll}).
 */
public final class MatchEngine {

  private static final int CHUNK = 512;

  private final MatchSettings settings;
  private final TokenTable tokens;
  private final BlockingIndex index;
  private final Map<String, Integer> indexById = new HashMap<>();
  private final ThreadLocal<BlockingIndex.Seen> seen =
      ThreadLocal.withInitial(BlockingIndex.Seen::dense);
  private volatile MatchModel model;

  public MatchEngine(NameVariants variants, MatchSettings settings) {
    this.settings = settings;
    this.tokens = new TokenTable(variants);
    this.index = new BlockingIndex(tokens, settings);
  }

  /** Adds records (preparing them in parallel); an id seen before replaces the old record. */
  public void addAll(List<PersonRecord> records) {
    PreparedRecord[] prepared = new PreparedRecord[records.size()];
    IntStream.range(0, records.size())
        .parallel()
        .forEach(i -> prepared[i] = new PreparedRecord(records.get(i), tokens));
    synchronized (index) {
      for (PreparedRecord record : prepared) {
        Integer previous = indexById.get(record.id);
        if (previous != null) {
          index.remove(previous);
        }
        indexById.put(record.id, index.add(record));
      }
    }
  }

  public void add(PersonRecord record) {
    addAll(List.of(record));
  }

  public void remove(String id) {
    synchronized (index) {
      Integer previous = indexById.remove(id);
      if (previous != null) {
        index.remove(previous);
      }
    }
  }

  public int size() {
    return indexById.size();
  }

  /**
   * Fits the model to the records held: term frequencies of names over all of them, and m, u and λ
   * by expectation–maximisation over the candidate pairs of a sample of them.
   */
  public ModelSummary estimate() {
    index.sortLargeBlocks();
    List<PreparedRecord> all = liveRecords();
    TermFrequencies given = TermFrequencies.of(all, r -> r.givenJoined);
    TermFrequencies family = TermFrequencies.of(all, r -> r.familyJoined);
    Estimation.Parameters parameters = Estimation.initial();
    long pairs = 0;
    if (settings.estimate() && !all.isEmpty()) {
      int n = index.size();
      int step = Math.max(1, n / Math.max(1, settings.sampleRecords()));
      Map<Integer, Long> patterns = new ConcurrentHashMap<>();
      IntStream.range(0, (n + step - 1) / step)
          .parallel()
          .forEach(s -> {
            int i = s * step;
            PreparedRecord a = index.record(i);
            if (a == null) {
              return;
            }
            Map<Integer, Long> local = new HashMap<>();
            index.candidates(
                a,
                step == 1 ? i : -1,
                seen.get(),
                false,
                j -> {
                  if (j != i) {
                    local.merge(PairComparator.compare(a, index.record(j)), 1L, Long::sum);
                  }
                });
            local.forEach((k, v) -> patterns.merge(k, v, Long::sum));
          });
      for (long count : patterns.values()) {
        pairs += count;
      }
      if (pairs > 0) {
        // every pair is counted once when all records are read, from each side when sampled
        int sampled = (n + step - 1) / step;
        // a small registry of look-alike names (a trial, a test) compares its few records with
        // all the others: there the per-record bound would starve the class, and it is the large
        // registry that needs it
        double samePairsAtMost =
            sampled < Estimation.LARGE_REGISTRY
                ? Double.MAX_VALUE
                : sampled * Estimation.MOST_SAME_PER_RECORD * (step == 1 ? 1 : 2);
        parameters = Estimation.run(patterns, settings.maxIterations(), 1e-7, samePairsAtMost);
      }
    }
    this.model =
        new MatchModel(
            parameters, given, family, settings, index::nameYearCount, index::sameNamesCount);
    return ModelSummary.of(parameters, pairs);
  }

  /** Records that may be the same person as {@code person}, most likely first. */
  public List<MatchCandidate> check(PersonRecord person) {
    MatchModel fitted = fitted();
    PreparedRecord query = new PreparedRecord(person, tokens);
    List<MatchCandidate> found = new ArrayList<>();
    index.candidates(
        query,
        -1,
        BlockingIndex.Seen.sparse(),
        j -> {
          PreparedRecord other = index.record(j);
          if (other == null || other.id.equals(person.id())) {
            return;
          }
          int pattern = PairComparator.compare(query, other);
          double score = fitted.score(query, other, pattern);
          if (fitted.isPossible(score)) {
            Verdict verdict = fitted.verdict(query, other, pattern, score);
            found.add(
                new MatchCandidate(
                    other.id,
                    MatchModel.probability(score),
                    verdict,
                    fitted.explain(query, other, pattern)));
          }
        });
    found.sort(Comparator.comparingDouble(MatchCandidate::probability).reversed());
    return withGroupEvidence(fitted, query, found);
  }

  /**
   * The candidates with what their group says: a possible duplicate that is itself likely the same
   * person as a likely candidate is likely too (the chain A–B, B–C), unless a rule held it back or
   * it or the likely candidate contradicts the one checked outright ({@link Groups#conflict}).
   */
  private List<MatchCandidate> withGroupEvidence(
      MatchModel fitted, PreparedRecord query, List<MatchCandidate> found) {
    List<MatchCandidate> likely =
        found.stream().filter(c -> c.verdict() == Verdict.LIKELY_DUPLICATE).toList();
    if (likely.isEmpty()) {
      return found;
    }
    List<MatchCandidate> judged = new ArrayList<>(found.size());
    for (MatchCandidate candidate : found) {
      judged.add(
          candidate.verdict() == Verdict.POSSIBLE_DUPLICATE
                  && candidate.explanation().cappedBy().isEmpty()
                  && linkedToAny(fitted, query, candidate, likely)
              ? new MatchCandidate(
                  candidate.recordId(),
                  candidate.probability(),
                  Verdict.LIKELY_DUPLICATE,
                  candidate.explanation())
              : candidate);
    }
    return judged;
  }

  private static boolean hardConflict(PreparedRecord a, PreparedRecord b) {
    Groups.Conflict conflict = Groups.conflict(a, b);
    return conflict != null && conflict.hard;
  }

  private boolean linkedToAny(
      MatchModel fitted, PreparedRecord query, MatchCandidate candidate, List<MatchCandidate> to) {
    Integer at = indexById.get(candidate.recordId());
    // a softer conflict (a renewed passport) is weighed in the candidate's own score already
    if (at == null || hardConflict(query, index.record(at))) {
      return false;
    }
    for (MatchCandidate other : to) {
      Integer there = indexById.get(other.recordId());
      if (there != null
          && !hardConflict(query, index.record(there))
          && judged(fitted, at, there) >= settings.likelyThreshold()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a run over all records held compares these two: the one added first finds the other
   * among its candidates. What a benchmark counts to tell pairs that blocking never brings together
   * from pairs compared and scored low.
   */
  public boolean compares(String idA, String idB) {
    int a = indexById.get(idA);
    int b = indexById.get(idB);
    int first = Math.min(a, b);
    int second = Math.max(a, b);
    boolean[] found = {false};
    index.candidates(
        index.record(first), first, BlockingIndex.Seen.sparse(), j -> found[0] |= j == second);
    return found[0];
  }

  /** Why two held records scored what they did. */
  public Explanation explain(String idA, String idB) {
    PreparedRecord a = index.record(indexById.get(idA));
    PreparedRecord b = index.record(indexById.get(idB));
    return fitted().explain(a, b, PairComparator.compare(a, b));
  }

  /**
   * Compares every record held with its candidates, once per pair, and hands each possible or
   * likely duplicate to {@code sink} (from several threads). {@code progress} hears how many
   * records are done.
   */
  public void linkAll(Consumer<ScoredPair> sink, Consumer<Integer> progress) {
    MatchModel fitted = fitted();
    int n = index.size();
    AtomicInteger done = new AtomicInteger();
    IntStream.range(0, (n + CHUNK - 1) / CHUNK)
        .parallel()
        .forEach(chunk -> {
          List<ScoredPair> found = new ArrayList<>();
          int end = Math.min(n, (chunk + 1) * CHUNK);
          for (int i = chunk * CHUNK; i < end; i++) {
            PreparedRecord a = index.record(i);
            if (a == null) {
              continue;
            }
            index.candidates(
                a,
                i,
                seen.get(),
                j -> {
                  PreparedRecord b = index.record(j);
                  int pattern = PairComparator.compare(a, b);
                  double score = fitted.score(a, b, pattern);
                  if (fitted.isPossible(score)) {
                    found.add(
                        new ScoredPair(
                            a.id,
                            b.id,
                            MatchModel.probability(score),
                            fitted.verdict(a, b, pattern, score)));
                  }
                });
          }
          found.forEach(sink);
          progress.accept(done.addAndGet(end - chunk * CHUNK));
        });
  }

  /**
   * Compares every record held with its candidates, as {@link #linkAll}, then judges groups from
   * the likely and possible pairs ({@link Groups}): each group of records judged one person, with
   * every pair in it. Pairs left outside any group are not returned.
   */
  public List<PersonGroup> linkGroups(Consumer<Integer> progress) {
    return linkGroups(progress, (idA, idB) -> {});
  }

  /**
   * As {@link #linkGroups(Consumer)}, telling {@code compared} of each pair the group stage
   * compares (from the calling thread): joining two groups compares every member of one with every
   * member of the other, so the two ends of a chain are compared through the records between them
   * even where no blocking key holds them together. With {@link #compares}, what a benchmark counts
   * to find the true pairs never compared at all.
   */
  public List<PersonGroup> linkGroups(
      Consumer<Integer> progress, java.util.function.BiConsumer<String, String> compared) {
    MatchModel fitted = fitted();
    List<Groups.Edge> edges = java.util.Collections.synchronizedList(new ArrayList<>());
    Map<String, Integer> positions = indexById;
    linkAll(
        pair ->
            edges.add(
                new Groups.Edge(
                    positions.get(pair.idA()),
                    positions.get(pair.idB()),
                    pair.probability(),
                    pair.verdict() == Verdict.LIKELY_DUPLICATE)),
        progress);
    Groups groups =
        new Groups(
            index.records(),
            (a, b) -> {
              compared.accept(index.record(a).id, index.record(b).id);
              return judged(fitted, a, b);
            },
            settings.possibleThreshold(),
            settings.likelyThreshold());
    List<PersonGroup> found = new ArrayList<>();
    for (Groups.Group group : groups.judge(edges)) {
      found.add(personGroup(fitted, group));
    }
    return found;
  }

  /** A pair's probability with the verdict rules applied: a pair a rule holds back is weak. */
  private double judged(MatchModel fitted, int i, int j) {
    PreparedRecord a = index.record(i);
    PreparedRecord b = index.record(j);
    int pattern = PairComparator.compare(a, b);
    double score = fitted.score(a, b, pattern);
    double probability = MatchModel.probability(score);
    return fitted.verdict(a, b, pattern, score) == Verdict.LIKELY_DUPLICATE
        ? probability
        : Math.min(probability, settings.possibleThreshold());
  }

  private PersonGroup personGroup(MatchModel fitted, Groups.Group group) {
    int[] members = group.members();
    double[][] through = group.weakestLinks();
    List<ScoredPair> links = new ArrayList<>();
    for (Groups.Edge edge : group.links()) {
      links.add(
          new ScoredPair(
              index.record(edge.a()).id,
              index.record(edge.b()).id,
              edge.probability(),
              edge.likely() ? Verdict.LIKELY_DUPLICATE : Verdict.POSSIBLE_DUPLICATE));
    }
    List<String> ids = new ArrayList<>(members.length);
    List<ScoredPair> pairs = new ArrayList<>();
    for (int k = 0; k < members.length; k++) {
      ids.add(index.record(members[k]).id);
      for (int l = k + 1; l < members.length; l++) {
        double own = judged(fitted, members[k], members[l]);
        pairs.add(
            new ScoredPair(
                index.record(members[k]).id,
                index.record(members[l]).id,
                Math.max(own, through[k][l]),
                Verdict.LIKELY_DUPLICATE));
      }
    }
    return new PersonGroup(ids, pairs, links);
  }

  /**
   * Positions run from 0 to {@code positions()} in the order records were added; a removed record
   * leaves its position empty, so a run over positions can stop and resume where it was.
   */
  public int positions() {
    return index.size();
  }

  /**
   * Compares the records at positions {@code from} (inclusive) to {@code to} with their candidates
   * at later positions, and hands each possible or likely duplicate to {@code sink} (from the
   * calling thread): a whole run is the ranges 0…n in turn, each pair met once.
   */
  public void linkRange(int from, int to, Consumer<ScoredPair> sink) {
    MatchModel fitted = fitted();
    int end = Math.min(to, index.size());
    List<List<ScoredPair>> found = new ArrayList<>();
    for (int chunk = from; chunk < end; chunk += CHUNK) {
      found.add(new ArrayList<>());
    }
    IntStream.range(0, found.size())
        .parallel()
        .forEach(c -> {
          List<ScoredPair> local = found.get(c);
          int start = from + c * CHUNK;
          for (int i = start; i < Math.min(end, start + CHUNK); i++) {
            PreparedRecord a = index.record(i);
            if (a != null) {
              compareLater(fitted, i, a, local::add);
            }
          }
        });
    found.forEach(list -> list.forEach(sink));
  }

  private void compareLater(MatchModel fitted, int i, PreparedRecord a, Consumer<ScoredPair> sink) {
    index.candidates(
        a,
        i,
        seen.get(),
        j -> {
          PreparedRecord b = index.record(j);
          if (b == null) {
            return;
          }
          int pattern = PairComparator.compare(a, b);
          double score = fitted.score(a, b, pattern);
          if (fitted.isPossible(score)) {
            sink.accept(
                new ScoredPair(
                    a.id,
                    b.id,
                    MatchModel.probability(score),
                    fitted.verdict(a, b, pattern, score)));
          }
        });
  }

  private MatchModel fitted() {
    MatchModel current = model;
    if (current == null) {
      estimate();
      current = model;
    }
    return current;
  }

  private List<PreparedRecord> liveRecords() {
    List<PreparedRecord> live = new ArrayList<>(index.size());
    for (PreparedRecord record : index.records()) {
      if (record != null) {
        live.add(record);
      }
    }
    return live;
  }
}
