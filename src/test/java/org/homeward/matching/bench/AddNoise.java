package org.homeward.matching.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes a registrations file noisier than it came, deterministically (seeded), to see how matching
 * holds up on data of the same kind with more errors than the file it was developed on. Each record
 * independently gets, with probability {@code rate}, one more typing slip in its given name and one
 * in its family name (a letter changed, dropped, added, or two swapped, never the first), and with
 * a third of that probability each: its date of birth dropped, or a full date cut to an estimated
 * year; its phone dropped; its place of birth dropped; given and family names swapped. The truth
 * file is copied unchanged: the same people, harder to recognise.
 *
 * <p>Usage: {@code AddNoise SOURCE_DIR TARGET_DIR [RATE] [SEED]} (rate 0.15 unless given).
 */
public final class AddNoise {

  private static final int GIVEN = 1;
  private static final int FAMILY = 2;
  private static final int BIRTH_DATE = 4;
  private static final int ESTIMATED = 5;
  private static final int PLACE = 7;
  private static final int PHONE = 8;
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

  private AddNoise() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: AddNoise SOURCE_DIR TARGET_DIR [RATE] [SEED]");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    double rate = args.length > 2 ? Double.parseDouble(args[2]) : 0.15;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 7L;
    List<String> lines = Files.readAllLines(source.resolve("records.csv"), StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>(lines.size());
    out.add(lines.getFirst());
    for (String[] fields : perturb(rows(lines.subList(1, lines.size())), rate, seed)) {
      out.add(String.join(",", fields));
    }
    Files.createDirectories(target);
    Files.write(target.resolve("records.csv"), out, StandardCharsets.UTF_8);
    Files.copy(
        source.resolve("truth.csv"),
        target.resolve("truth.csv"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    System.out.printf(
        "wrote %d records with noise rate %.2f to %s%n", out.size() - 1, rate, target);
  }

  public static List<String[]> rows(List<String> lines) {
    List<String[]> rows = new ArrayList<>(lines.size());
    for (String line : lines) {
      rows.add(line.split(",", -1));
    }
    return rows;
  }

  /** The rows with noise added, each a new array; the input is left as it was. */
  public static List<String[]> perturb(List<String[]> rows, double rate, long seed) {
    Random random = new Random(seed);
    List<String[]> noisy = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      String[] fields = row.clone();
      if (random.nextDouble() < rate) {
        fields[GIVEN] = slip(fields[GIVEN], random);
      }
      if (random.nextDouble() < rate) {
        fields[FAMILY] = slip(fields[FAMILY], random);
      }
      if (random.nextDouble() < rate / 3 && !fields[BIRTH_DATE].isEmpty()) {
        fields[BIRTH_DATE] = "";
        fields[ESTIMATED] = "false";
      } else if (random.nextDouble() < rate / 3
          && !fields[BIRTH_DATE].isEmpty()
          && !"true".equals(fields[ESTIMATED])) {
        fields[BIRTH_DATE] = fields[BIRTH_DATE].substring(0, 4) + "-01-01";
        fields[ESTIMATED] = "true";
      }
      if (random.nextDouble() < rate / 3) {
        fields[PHONE] = "";
      }
      if (random.nextDouble() < rate / 3) {
        fields[PLACE] = "";
      }
      if (random.nextDouble() < rate / 3) {
        String given = fields[GIVEN];
        fields[GIVEN] = fields[FAMILY];
        fields[FAMILY] = given;
      }
      noisy.add(fields);
    }
    return noisy;
  }

  /** One typing slip after the first letter: a letter changed, dropped, added, or two swapped. */
  static String slip(String name, Random random) {
    if (name.length() < 3) {
      return name;
    }
    int at = 1 + random.nextInt(name.length() - 1);
    char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
    if (Character.isUpperCase(name.charAt(at - 1)) && Character.isUpperCase(name.charAt(at))) {
      letter = Character.toUpperCase(letter);
    }
    double kind = random.nextDouble();
    if (kind < 0.3) {
      return name.substring(0, at) + letter + name.substring(at + 1);
    }
    if (kind < 0.55) {
      return name.substring(0, at) + name.substring(at + 1);
    }
    if (kind < 0.8) {
      return name.substring(0, at) + letter + name.substring(at);
    }
    if (at + 1 < name.length()) {
      return name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
    }
    return name;
  }
}
