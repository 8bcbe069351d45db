package org.homeward.matching.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.homeward.matching.Explanation;
import org.homeward.matching.PersonRecord;
import org.homeward.matching.engine.MatchEngine;
import org.homeward.matching.engine.MatchSettings;
import org.homeward.matching.engine.NameVariants;
import org.homeward.matching.engine.RecordsCsv;
import org.homeward.matching.engine.ScoredPair;

/**
 * Writes every candidate pair the engine scores above a low floor, with its verdict, whether the
 * truth file says it is the same person, and each field's level, plus the true pairs that scored
 * below the floor or were never compared: the material for studying what the model misses.
 *
 * <p>Usage: {@code PairAnalysis RECORDS_CSV TRUTH_CSV OUT_TSV [FLOOR]} (probability floor, 0.001
 * unless given)
 */
public final class PairAnalysis {

  private PairAnalysis() {}

  public static void main(String[] args) throws IOException {
    List<PersonRecord> records = ((RecordsCsv.Records) RecordsCsv.read(Path.of(args[0]))).records();
    Map<String, PersonRecord> byId = new HashMap<>();
    records.forEach(r -> byId.put(r.id(), r));
    Map<String, String> entityOf = PairScores.readTruth(Path.of(args[1]));
    MatchEngine engine =
        new MatchEngine(
            NameVariants.standard(),
            MatchSettings.defaults()
                .withThresholds(0.5, args.length > 3 ? Double.parseDouble(args[3]) : 0.001));
    engine.addAll(records);
    engine.estimate();
    ConcurrentLinkedQueue<ScoredPair> found = new ConcurrentLinkedQueue<>();
    engine.linkAll(found::add, done -> {});
    Set<String> seen = new HashSet<>();
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
      for (ScoredPair pair : found) {
        boolean same = entityOf.get(pair.idA()).equals(entityOf.get(pair.idB()));
        seen.add(key(pair.idA(), pair.idB()));
        Explanation why = engine.explain(pair.idA(), pair.idB());
        out.println(
            String.join(
                "\t",
                same ? "T" : "F",
                String.format(Locale.ROOT, "%.4f", pair.probability()),
                pair.verdict().name(),
                why.fields().stream()
                    .map(f -> f.level() + ":" + f.weight())
                    .collect(Collectors.joining(" ")),
                String.join(",", why.cappedBy()),
                show(byId.get(pair.idA())),
                show(byId.get(pair.idB()))));
      }
      Map<String, List<String>> members = new HashMap<>();
      entityOf.forEach((id, e) -> members.computeIfAbsent(e, k -> new ArrayList<>()).add(id));
      for (List<String> ids : members.values()) {
        for (int i = 0; i < ids.size(); i++) {
          for (int j = i + 1; j < ids.size(); j++) {
            if (!seen.contains(key(ids.get(i), ids.get(j)))) {
              out.println(
                  String.join(
                      "\t",
                      "T",
                      "-1",
                      "UNSEEN",
                      "",
                      "",
                      show(byId.get(ids.get(i))),
                      show(byId.get(ids.get(j)))));
            }
          }
        }
      }
    }
  }

  private static String key(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  private static String show(PersonRecord r) {
    return String.join(
        "|",
        r.id(),
        r.givenName() + " " + r.familyName(),
        String.valueOf(r.sex()),
        r.dateOfBirth() + (r.dobEstimated() ? "~" : ""),
        String.valueOf(r.nationality()),
        String.valueOf(r.placeOfBirth()),
        String.valueOf(r.phone()),
        r.documentType() + ":" + r.documentNumber());
  }
}
