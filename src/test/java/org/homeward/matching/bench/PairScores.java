package org.homeward.matching.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Pairwise precision, recall and F1 of predicted same-person pairs against a truth file ({@code
 * record_id,entity_id}), as predicted and after the transitive closure of the predictions.
 *
 * <p>Usage: {@code PairScores TRUTH_CSV PAIRS_CSV}
 */
public final class PairScores {

  private PairScores() {}

  /** The figures for one set of predictions. */
  public record Score(long predicted, long correct, long truePairs) {
    public double precision() {
      return predicted == 0 ? 1 : (double) correct / predicted;
    }

    public double recall() {
      return truePairs == 0 ? 1 : (double) correct / truePairs;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "precision %.4f  recall %.4f  F1 %.4f  (%d predicted, %d correct, %d true pairs)",
          precision(),
          recall(),
          f1(),
          predicted,
          correct,
          truePairs);
    }
  }

  public static void main(String[] args) throws IOException {
    Map<String, String> entityOf = readTruth(Path.of(args[0]));
    List<String[]> pairs = readPairs(Path.of(args[1]));
    System.out.println("pairs:   " + pairwise(entityOf, pairs));
    System.out.println("closure: " + closure(entityOf, pairs));
  }

  public static Map<String, String> readTruth(Path file) throws IOException {
    Map<String, String> entityOf = new HashMap<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.split(",");
      entityOf.put(parts[0], parts[1]);
    }
    return entityOf;
  }

  public static List<String[]> readPairs(Path file) throws IOException {
    List<String[]> pairs = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.split(",");
      pairs.add(new String[] {parts[0], parts[1]});
    }
    return pairs;
  }

  public static Score pairwise(Map<String, String> entityOf, List<String[]> pairs) {
    Set<String> seen = new HashSet<>();
    long correct = 0;
    for (String[] pair : pairs) {
      String a = pair[0].compareTo(pair[1]) < 0 ? pair[0] : pair[1];
      String b = a.equals(pair[0]) ? pair[1] : pair[0];
      if (!seen.add(a + "," + b)) {
        continue;
      }
      if (entityOf.get(a) != null && entityOf.get(a).equals(entityOf.get(b))) {
        correct++;
      }
    }
    return new Score(seen.size(), correct, truePairs(entityOf));
  }

  public static Score closure(Map<String, String> entityOf, List<String[]> pairs) {
    Map<String, String> parent = new HashMap<>();
    for (String[] pair : pairs) {
      String a = root(parent, pair[0]);
      String b = root(parent, pair[1]);
      if (!a.equals(b)) {
        parent.put(a, b);
      }
    }
    Map<String, Map<String, Long>> clusters = new HashMap<>();
    Map<String, Long> sizes = new HashMap<>();
    for (String record : parent.keySet()) {
      String cluster = root(parent, record);
      sizes.merge(cluster, 1L, Long::sum);
      clusters
          .computeIfAbsent(cluster, c -> new HashMap<>())
          .merge(String.valueOf(entityOf.get(record)), 1L, Long::sum);
    }
    long predicted = 0;
    long correct = 0;
    for (var entry : clusters.entrySet()) {
      long size = sizes.get(entry.getKey());
      predicted += size * (size - 1) / 2;
      for (long same : entry.getValue().values()) {
        correct += same * (same - 1) / 2;
      }
    }
    return new Score(predicted, correct, truePairs(entityOf));
  }

  private static long truePairs(Map<String, String> entityOf) {
    Map<String, Long> sizes = new HashMap<>();
    for (String entity : entityOf.values()) {
      sizes.merge(entity, 1L, Long::sum);
    }
    long pairs = 0;
    for (long size : sizes.values()) {
      pairs += size * (size - 1) / 2;
    }
    return pairs;
  }

  private static String root(Map<String, String> parent, String record) {
    parent.putIfAbsent(record, record);
    String current = record;
    while (!parent.get(current).equals(current)) {
      String next = parent.get(current);
      parent.put(current, parent.get(next));
      current = next;
    }
    return current;
  }
}
