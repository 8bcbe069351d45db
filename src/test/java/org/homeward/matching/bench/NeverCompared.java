package org.homeward.matching.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.homeward.matching.PersonRecord;
import org.homeward.matching.engine.MatchEngine;
import org.homeward.matching.engine.MatchSettings;
import org.homeward.matching.engine.NameVariants;
import org.homeward.matching.engine.RecordsCsv;

/**
 * Counts the true same-person pairs that blocking never brings together, and of those the pairs
 * that a run over the whole file does not compare in the group stage either (which compares every
 * member of two groups it weighs joining): pairs it would not even compare, whatever the model.
 * Prints both as a share of all true pairs, with up to {@code SHOW} examples of the second.
 *
 * <p>Usage: {@code NeverCompared RECORDS_CSV TRUTH_CSV [SHOW]}
 */
public final class NeverCompared {

  private NeverCompared() {}

  public static void main(String[] args) throws IOException {
    List<PersonRecord> records = ((RecordsCsv.Records) RecordsCsv.read(Path.of(args[0]))).records();
    Map<String, String> entityOf = PairScores.readTruth(Path.of(args[1]));
    int show = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    MatchEngine engine = new MatchEngine(NameVariants.standard(), MatchSettings.defaults());
    engine.addAll(records);
    engine.estimate();
    Map<String, List<String>> people = new HashMap<>();
    entityOf.forEach(
        (id, entity) -> people.computeIfAbsent(entity, e -> new ArrayList<>()).add(id));
    AtomicLong truePairs = new AtomicLong();
    AtomicLong never = new AtomicLong();
    List<String[]> unblocked = new ArrayList<>();
    people.values().parallelStream()
        .filter(ids -> ids.size() > 1)
        .forEach(ids -> {
          for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
              truePairs.incrementAndGet();
              if (!engine.compares(ids.get(i), ids.get(j))) {
                never.incrementAndGet();
                synchronized (unblocked) {
                  unblocked.add(new String[] {ids.get(i), ids.get(j)});
                }
              }
            }
          }
        });
    System.out.printf(
        Locale.ROOT,
        "blocking: %d of %d true pairs never compared (%.2f%%) in %d records%n",
        never.get(),
        truePairs.get(),
        100.0 * never.get() / Math.max(1, truePairs.get()),
        records.size());
    // joining two groups compares every member of one with every member of the other
    Set<String> unblockedKeys = new HashSet<>();
    unblocked.forEach(pair -> unblockedKeys.add(key(pair[0], pair[1])));
    Set<String> inGroupStage = new HashSet<>();
    engine.linkGroups(
        done -> {},
        (idA, idB) -> {
          String key = key(idA, idB);
          if (unblockedKeys.contains(key)) {
            inGroupStage.add(key);
          }
        });
    List<String[]> notAtAll =
        unblocked.stream().filter(pair -> !inGroupStage.contains(key(pair[0], pair[1]))).toList();
    System.out.printf(
        Locale.ROOT,
        "at all (not in the group stage either): %d of %d true pairs never compared (%.2f%%)%n",
        notAtAll.size(),
        truePairs.get(),
        100.0 * notAtAll.size() / Math.max(1, truePairs.get()));
    notAtAll.stream()
        .limit(show)
        .forEach(pair -> System.out.println("never compared: " + pair[0] + " " + pair[1]));
  }

  private static String key(String idA, String idB) {
    return idA.compareTo(idB) < 0 ? idA + " " + idB : idB + " " + idA;
  }
}
