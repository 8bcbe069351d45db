package org.homeward.matching.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Grows a registrations file to any size for scale benchmarks, deterministically (seeded): copy k
 * of every person keeps the names, places and the noise between their registrations, but is born 4
 * to 20 years earlier or later and has other phone and document numbers. Copies are therefore
 * different people with the same names, the collisions that make a million records harder than
 * thirty thousand. Whole people are kept: a size cut never splits one person's records.
 *
 * <p>Usage: {@code GenerateRegistrations SOURCE_DIR TARGET_DIR RECORDS [SEED]} where the folders
 * hold {@code records.csv} and {@code truth.csv}.
 */
public final class GenerateRegistrations {

  private GenerateRegistrations() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: GenerateRegistrations SOURCE_DIR TARGET_DIR RECORDS [SEED]");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    int wanted = Integer.parseInt(args[2]);
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 20240601L;
    List<String> lines = Files.readAllLines(source.resolve("records.csv"), StandardCharsets.UTF_8);
    String header = lines.getFirst();
    Map<String, String> entityOf = new LinkedHashMap<>();
    List<String> truthLines = Files.readAllLines(source.resolve("truth.csv"));
    for (String line : truthLines.subList(1, truthLines.size())) {
      String[] parts = line.split(",");
      entityOf.put(parts[0], parts[1]);
    }
    Map<String, List<String[]>> people = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split(",", -1);
      people.computeIfAbsent(entityOf.get(fields[0]), e -> new ArrayList<>()).add(fields);
    }
    List<String> entities = new ArrayList<>(people.keySet());
    Collections.shuffle(entities, new Random(seed));
    List<String[]> out = new ArrayList<>(wanted + 8);
    List<String> truth = new ArrayList<>(wanted + 8);
    int copy = 0;
    while (out.size() < wanted) {
      for (String entity : entities) {
        List<String[]> records = people.get(entity);
        if (out.size() + records.size() > wanted) {
          continue;
        }
        Random random = new Random(seed ^ (entity.hashCode() * 31L + copy));
        int years = (4 + random.nextInt(17)) * (random.nextBoolean() ? 1 : -1);
        for (String[] record : records) {
          String[] fields = record.clone();
          String id = copy == 0 ? fields[0] : "C" + copy + fields[0];
          fields[0] = id;
          if (copy > 0) {
            fields[4] = shift(fields[4], "true".equals(fields[5]), years, copy * 37);
            fields[8] = renumber(fields[8], copy, seed);
            fields[10] = renumber(fields[10], copy, seed);
          }
          out.add(fields);
          truth.add(id + "," + entity + (copy == 0 ? "" : "-" + copy));
        }
        if (out.size() >= wanted) {
          break;
        }
      }
      copy++;
      if (copy > 1000) {
        break;
      }
    }
    // registrations arrive in no particular order
    Random shuffle = new Random(seed + 1);
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      indexes.add(i);
    }
    Collections.shuffle(indexes, shuffle);
    Files.createDirectories(target);
    try (BufferedWriter records = Files.newBufferedWriter(target.resolve("records.csv"));
        BufferedWriter truths = Files.newBufferedWriter(target.resolve("truth.csv"))) {
      records.write(header + "\n");
      truths.write("record_id,entity_id\n");
      for (int i : indexes) {
        records.write(String.join(",", out.get(i)) + "\n");
        truths.write(truth.get(i) + "\n");
      }
    }
    System.out.println(
        "wrote " + out.size() + " records (" + copy + " copies of the people) to " + target);
  }

  private static String shift(String date, boolean estimated, int years, int days) {
    if (date.isEmpty()) {
      return date;
    }
    java.time.LocalDate day = java.time.LocalDate.parse(date).plusYears(years);
    if (!estimated) {
      day = day.withDayOfYear(1 + (day.getDayOfYear() - 1 + days) % 365);
    }
    return day.toString();
  }

  /** Replaces the digits of a phone or document number, the same way for one person's copy. */
  private static String renumber(String value, int copy, long seed) {
    if (value.isEmpty()) {
      return value;
    }
    Random random = new Random(seed ^ ((long) value.hashCode() * 1_000_003L) ^ copy);
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean prefix = value.startsWith("+212") && i < 5;
      out.append(Character.isDigit(c) && !prefix ? (char) ('0' + random.nextInt(10)) : c);
    }
    return out.toString();
  }
}
