package org.homeward.matching.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.homeward.matching.PersonRecord;
import org.homeward.matching.engine.MatchEngine;
import org.homeward.matching.engine.RecordsCsv;
import org.homeward.matching.internal.RegistryIndex;
import org.homeward.registry.DocumentType;
import org.homeward.registry.IdentityDocument;
import org.homeward.registry.PersonIdentity;
import org.homeward.registry.Sex;

/**
 * Latency of one online check ("is this person already registered?") against a registry held in
 * memory: loads a records file into the engine, fits the model, then checks a seeded sample of the
 * file's own people under new ids, as a caseworker re-registering them would, and reports p50, p95
 * and p99.
 *
 * <p>Usage: {@code OnlineCheckBenchmark RECORDS_CSV [CHECKS]}
 */
public final class OnlineCheckBenchmark {

  private OnlineCheckBenchmark() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int checks = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
    long start = System.nanoTime();
    List<PersonRecord> records =
        switch (RecordsCsv.read(file)) {
          case RecordsCsv.Records read -> read.records();
          case RecordsCsv.Problems problems ->
              throw new IllegalArgumentException(problems.problems().toString());
        };
    // converted and fitted as the application's registry index does
    List<PersonRecord> people = new ArrayList<>(records.size());
    for (PersonRecord r : records) {
      people.add(RegistryIndex.recordOf(r.id(), identityOf(r)));
    }
    MatchEngine engine = RegistryIndex.engineOf(people);
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    Random random = new Random(7);
    List<PersonRecord> queries = new ArrayList<>();
    for (int i = 0; i < checks; i++) {
      PersonRecord r = records.get(random.nextInt(records.size()));
      queries.add(
          new PersonRecord(
              "check-" + i,
              r.givenName(),
              r.familyName(),
              r.sex(),
              r.dateOfBirth(),
              r.dobEstimated(),
              r.nationality(),
              r.placeOfBirth(),
              null,
              null,
              null));
    }
    // warm up the JIT as a running server would be, on checks other than the timed ones
    Random warm = new Random(11);
    for (int i = 0; i < 1000; i++) {
      PersonRecord r = records.get(warm.nextInt(records.size()));
      engine.check(
          new PersonRecord(
              "warm-" + i,
              r.givenName(),
              r.familyName(),
              r.sex(),
              r.dateOfBirth(),
              r.dobEstimated(),
              r.nationality(),
              r.placeOfBirth(),
              r.phone(),
              null,
              null));
    }
    long[] nanos = new long[checks];
    long found = 0;
    for (int i = 0; i < checks; i++) {
      long t = System.nanoTime();
      found += engine.check(queries.get(i)).size();
      nanos[i] = System.nanoTime() - t;
    }
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "online check against %d records (loaded and fitted in %.1f s):"
            + " p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.1f candidates per check,"
            + " peak heap %d MB%n",
        records.size(),
        loadSeconds,
        nanos[checks / 2] / 1e6,
        nanos[(int) (checks * 0.95)] / 1e6,
        nanos[(int) (checks * 0.99)] / 1e6,
        (double) found / checks,
        MatchCommandAccess.peakHeap() / (1024 * 1024));
  }

  /** A registered person's identity as the registry would hold this record. */
  private static PersonIdentity identityOf(PersonRecord r) {
    List<IdentityDocument> documents =
        r.documentNumber() == null || r.documentType() == null
            ? List.of()
            : List.of(
                new IdentityDocument(
                    DocumentType.valueOf(r.documentType().toUpperCase(Locale.ROOT)),
                    r.documentNumber(),
                    null,
                    null));
    return new PersonIdentity(
        r.givenName(),
        r.familyName(),
        r.sex() == null ? null : Sex.valueOf(r.sex()),
        r.dateOfBirth(),
        r.dobEstimated(),
        r.nationality(),
        r.placeOfBirth(),
        r.phone(),
        documents);
  }

  /** The command's heap figure, so both report the same measure. */
  private static final class MatchCommandAccess {
    static long peakHeap() {
      long peak = 0;
      for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == java.lang.management.MemoryType.HEAP) {
          peak += pool.getPeakUsage().getUsed();
        }
      }
      return peak;
    }
  }
}
