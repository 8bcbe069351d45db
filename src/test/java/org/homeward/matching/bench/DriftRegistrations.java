package org.homeward.matching.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes registrations noisier the way re-registration does, deterministically (seeded), for
 * measuring duplicate detection on data harder than the file it was developed on:
 *
 * <ul>
 *   <li><b>Drift.</b> A person's records are taken in the order they were registered; each one
 *       copies most fields from the latest record before it (the card in hand), then gets fresh
 *       noise, so slips pile up along the chain and its first and last record differ in several
 *       fields. Some chains grow by one to three more registrations made the same way.
 *   <li><b>About twice the noise</b> of the source: slips in names (sometimes two in one name), day
 *       and month swapped, a year off by one, a full date cut to an estimated year, a changed or
 *       dropped phone, a dropped or replaced document, a compound name shortened or lengthened,
 *       given and family names swapped.
 *   <li><b>More look-alikes:</b> siblings (the family name, place and often the phone, another
 *       given name, born a few years apart), twins (the same birth date) and namesakes (the same
 *       names, another birth, phone and document), each a person of their own in the truth file.
 * </ul>
 *
 * <p>Usage: {@code DriftRegistrations SOURCE_DIR TARGET_DIR [SEED]} where the folders hold {@code
 * records.csv} and {@code truth.csv}. Run it on the dev set for about 30,000 records, or on the
 * output of {@link GenerateRegistrations} for any size.
 */
public final class DriftRegistrations {

  private static final int ID = 0;
  private static final int GIVEN = 1;
  private static final int FAMILY = 2;
  private static final int SEX = 3;
  private static final int BIRTH_DATE = 4;
  private static final int ESTIMATED = 5;
  private static final int PLACE = 7;
  private static final int PHONE = 8;
  private static final int DOCUMENT_TYPE = 9;
  private static final int DOCUMENT = 10;
  private static final int SITE = 11;
  private static final int REGISTERED = 12;

  /** A re-registration copies a field from the latest card with this probability. */
  private static final double COPIES = 0.8;

  private DriftRegistrations() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: DriftRegistrations SOURCE_DIR TARGET_DIR [SEED]");
      System.exit(2);
    }
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 15L;
    List<String> lines = Files.readAllLines(source.resolve("records.csv"), StandardCharsets.UTF_8);
    Map<String, String> entityOf = PairScores.readTruth(source.resolve("truth.csv"));
    Map<String, List<String[]>> people = new LinkedHashMap<>();
    for (String[] row : AddNoise.rows(lines.subList(1, lines.size()))) {
      people.computeIfAbsent(entityOf.get(row[ID]), e -> new ArrayList<>()).add(row);
    }
    List<String> givenF = new ArrayList<>();
    List<String> givenM = new ArrayList<>();
    List<String> sites = new ArrayList<>();
    for (List<String[]> records : people.values()) {
      String[] first = records.getFirst();
      (("F".equals(first[SEX])) ? givenF : givenM).add(first[GIVEN]);
      sites.add(first[SITE]);
    }
    List<String[]> out = new ArrayList<>();
    List<String> truth = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> person : people.entrySet()) {
      String entity = person.getKey();
      Random random = new Random(seed * 1_000_003L ^ entity.hashCode());
      List<String[]> records = new ArrayList<>(person.getValue());
      records.sort(Comparator.comparing(r -> r[REGISTERED]));
      for (String[] record : chain(records, random, sites)) {
        out.add(record);
        truth.add(record[ID] + "," + entity);
      }
      String[] first = records.getFirst();
      double kind = random.nextDouble();
      if (kind < 0.045) {
        List<String> names = "F".equals(first[SEX]) ? givenF : givenM;
        String[] sibling = lookAlike(first, random, "s");
        sibling[GIVEN] = otherName(names, first[GIVEN], random);
        sibling[BIRTH_DATE] = shiftYears(first[BIRTH_DATE], 1 + random.nextInt(8), random);
        sibling[PHONE] = random.nextDouble() < 0.5 ? first[PHONE] : phone(random);
        addPerson(out, truth, entity + "-s", sibling, random, sites);
      } else if (kind < 0.06) {
        String[] twin = lookAlike(first, random, "t");
        twin[SEX] = random.nextBoolean() ? "F" : "M";
        twin[GIVEN] = otherName("F".equals(twin[SEX]) ? givenF : givenM, first[GIVEN], random);
        twin[PHONE] = random.nextDouble() < 0.6 ? first[PHONE] : phone(random);
        addPerson(out, truth, entity + "-t", twin, random, sites);
      } else if (kind < 0.08) {
        String[] namesake = lookAlike(first, random, "n");
        namesake[BIRTH_DATE] = shiftYears(first[BIRTH_DATE], 2 + random.nextInt(14), random);
        namesake[PHONE] = random.nextDouble() < 0.7 ? phone(random) : "";
        namesake[PLACE] = random.nextBoolean() ? first[PLACE] : "";
        addPerson(out, truth, entity + "-n", namesake, random, sites);
      }
    }
    Collections.shuffle(out, new Random(seed + 1));
    Map<String, String> entityOfOut = new LinkedHashMap<>();
    for (String line : truth) {
      String[] parts = line.split(",");
      entityOfOut.put(parts[0], parts[1]);
    }
    Files.createDirectories(target);
    try (BufferedWriter records = Files.newBufferedWriter(target.resolve("records.csv"));
        BufferedWriter truths = Files.newBufferedWriter(target.resolve("truth.csv"))) {
      records.write(lines.getFirst() + "\n");
      truths.write("record_id,entity_id\n");
      for (String[] record : out) {
        records.write(String.join(",", record) + "\n");
        truths.write(record[ID] + "," + entityOfOut.get(record[ID]) + "\n");
      }
    }
    System.out.println("wrote " + out.size() + " drifting records to " + target);
  }

  /** One person's records, each copying from the one before and then mistyped anew. */
  static List<String[]> chain(List<String[]> records, Random random, List<String> sites) {
    List<String[]> out = new ArrayList<>();
    String[] previous = null;
    for (String[] record : records) {
      String[] fields = record.clone();
      if (previous != null) {
        copyFromCard(fields, previous, random);
        noise(fields, random);
      } else if (random.nextDouble() < 0.5) {
        noise(fields, random);
      }
      out.add(fields);
      previous = fields;
    }
    if (records.size() > 1 || random.nextDouble() < 0.1) {
      int more = random.nextDouble() < 0.3 ? 1 + (random.nextDouble() < 0.4 ? 1 : 0) : 0;
      if (more == 2 && random.nextDouble() < 0.3) {
        more = 3;
      }
      for (int k = 1; k <= more; k++) {
        String[] fields = previous.clone();
        fields[ID] = previous[ID] + "d" + k;
        fields[SITE] = sites.get(random.nextInt(sites.size()));
        fields[REGISTERED] = later(previous[REGISTERED], random);
        noise(fields, random);
        out.add(fields);
        previous = fields;
      }
    }
    return out;
  }

  private static void addPerson(
      List<String[]> out,
      List<String> truth,
      String entity,
      String[] first,
      Random random,
      List<String> sites) {
    List<String[]> records = new ArrayList<>();
    records.add(first);
    if (random.nextDouble() < 0.3) {
      String[] again = first.clone();
      again[ID] = first[ID] + "r";
      again[REGISTERED] = later(first[REGISTERED], random);
      records.add(again);
    }
    for (String[] record : chain(records, random, sites)) {
      out.add(record);
      truth.add(record[ID] + "," + entity);
    }
  }

  /** A different person of the same family or name: another document, the same town. */
  private static String[] lookAlike(String[] first, Random random, String tag) {
    String[] fields = first.clone();
    fields[ID] = first[ID] + tag;
    fields[REGISTERED] = later(first[REGISTERED], random);
    if (!fields[DOCUMENT].isEmpty()) {
      fields[DOCUMENT] = document(random);
    }
    return fields;
  }

  private static void copyFromCard(String[] fields, String[] card, Random random) {
    for (int[] group :
        new int[][] {
          {GIVEN}, {FAMILY}, {BIRTH_DATE, ESTIMATED}, {PHONE}, {DOCUMENT_TYPE, DOCUMENT}
        }) {
      if (random.nextDouble() < COPIES) {
        for (int field : group) {
          fields[field] = card[field];
        }
      }
    }
  }

  /** Fresh noise at about twice the source's rates. */
  static void noise(String[] f, Random random) {
    if (random.nextDouble() < 0.35) {
      f[GIVEN] = AddNoise.slip(f[GIVEN], random);
      if (random.nextDouble() < 0.4) {
        f[GIVEN] = AddNoise.slip(f[GIVEN], random);
      }
    }
    if (random.nextDouble() < 0.35) {
      f[FAMILY] = AddNoise.slip(f[FAMILY], random);
      if (random.nextDouble() < 0.4) {
        f[FAMILY] = AddNoise.slip(f[FAMILY], random);
      }
    }
    if (random.nextDouble() < 0.07) {
      compound(f, random);
    }
    if (random.nextDouble() < 0.05) {
      String given = f[GIVEN];
      f[GIVEN] = f[FAMILY];
      f[FAMILY] = given;
    }
    if (!f[BIRTH_DATE].isEmpty()) {
      LocalDate day = LocalDate.parse(f[BIRTH_DATE]);
      boolean estimated = "true".equals(f[ESTIMATED]);
      double roll = random.nextDouble();
      if (roll < 0.07
          && !estimated
          && day.getDayOfMonth() <= 12
          && day.getDayOfMonth() != day.getMonthValue()) {
        f[BIRTH_DATE] =
            LocalDate.of(day.getYear(), day.getDayOfMonth(), day.getMonthValue()).toString();
      } else if (roll < 0.15) {
        f[BIRTH_DATE] = day.plusYears(random.nextBoolean() ? 1 : -1).toString();
      } else if (roll < 0.22 && !estimated) {
        f[BIRTH_DATE] = day.getYear() + "-01-01";
        f[ESTIMATED] = "true";
      } else if (roll < 0.25) {
        f[BIRTH_DATE] = "";
        f[ESTIMATED] = "false";
      }
    }
    double phone = random.nextDouble();
    if (phone < 0.2) {
      f[PHONE] = phone(random);
    } else if (phone < 0.32) {
      f[PHONE] = "";
    }
    double document = random.nextDouble();
    if (document < 0.1) {
      f[DOCUMENT_TYPE] = "";
      f[DOCUMENT] = "";
    } else if (document < 0.16) {
      // a lost card replaced by a document of another kind (a consular card by a passport)
      f[DOCUMENT_TYPE] =
          switch (f[DOCUMENT_TYPE]) {
            case "passport" -> "consular_card";
            case "consular_card" -> "passport";
            default -> random.nextBoolean() ? "consular_card" : "passport";
          };
      f[DOCUMENT] = document(random);
    }
    if (random.nextDouble() < 0.05) {
      f[PLACE] = "";
    }
  }

  /** A compound name shortened (Jean-Baptiste to Jean) or run together (N'Guessan to Nguessan). */
  private static void compound(String[] f, Random random) {
    int field = random.nextBoolean() ? GIVEN : FAMILY;
    String name = f[field];
    int cut = indexOfSeparator(name);
    if (cut > 0) {
      f[field] =
          cut >= 3 && random.nextBoolean()
              ? name.substring(0, cut)
              : name.substring(0, cut) + name.substring(cut + 1).toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static int indexOfSeparator(String name) {
    for (int i = 1; i < name.length() - 1; i++) {
      char c = name.charAt(i);
      if (c == ' ' || c == '-' || c == '\'') {
        return i;
      }
    }
    return -1;
  }

  private static String otherName(List<String> names, String not, Random random) {
    for (int tries = 0; tries < 20; tries++) {
      String name = names.get(random.nextInt(names.size()));
      if (!name.equalsIgnoreCase(not)) {
        return name;
      }
    }
    return not + "a";
  }

  private static String shiftYears(String date, int years, Random random) {
    if (date.isEmpty()) {
      return date;
    }
    return LocalDate.parse(date).plusYears(random.nextBoolean() ? years : -years).toString();
  }

  private static String later(String date, Random random) {
    return LocalDate.parse(date).plusDays(20 + random.nextInt(400)).toString();
  }

  private static String phone(Random random) {
    return "+212"
        + (random.nextBoolean() ? "6" : "7")
        + String.format("%08d", random.nextInt(100_000_000));
  }

  private static String document(Random random) {
    String letters = "ABCDEFGHJKLMNPRSTZ";
    String prefix =
        ""
            + letters.charAt(random.nextInt(letters.length()))
            + letters.charAt(random.nextInt(letters.length()));
    return prefix + String.format("%07d", random.nextInt(10_000_000));
  }
}
