package org.homeward.matching;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.homeward.matching.engine.InputProblem;
import org.homeward.matching.engine.MatchEngine;
import org.homeward.matching.engine.MatchSettings;
import org.homeward.matching.engine.ModelSummary;
import org.homeward.matching.engine.NameVariants;
import org.homeward.matching.engine.PersonGroup;
import org.homeward.matching.engine.RecordsCsv;
import org.homeward.matching.engine.ScoredPair;
import org.homeward.shared.files.Csv;

/**
 * {@code homeward match --input records.csv --output pairs.csv}: finds the same person registered
 * more than once in a file, without a server or a database. Writes {@code
 * record_id_a,record_id_b,score} for every pair of every group of records judged the same person (a
 * group joins records linked through each other, see the engine's {@code Groups}), then prints
 * records per second and peak heap. Bad input gets one line per problem (line and field), exit code
 * 1 and no output file; the output appears whole or not at all.
 */
public final class MatchCommand {

  static final int OK = 0;
  static final int BAD_INPUT = 1;
  static final int USAGE = 2;

  private MatchCommand() {}

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("match: " + e.getMessage());
      usage(err);
      return USAGE;
    }
    if (options.help) {
      usage(out);
      return OK;
    }
    try {
      return match(options, out, err);
    } catch (OutOfMemoryError e) {
      err.println("match: out of memory; give the JVM more heap (e.g. java -Xmx4g -jar ...)");
      return BAD_INPUT;
    } catch (RuntimeException | IOException e) {
      err.println(
          "match: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return BAD_INPUT;
    }
  }

  private static int match(Options options, PrintStream out, PrintStream err) throws IOException {
    long start = System.nanoTime();
    NameVariants variants = NameVariants.standard();
    if (options.nameVariants != null) {
      if (!Files.isRegularFile(options.nameVariants)) {
        err.println("match: cannot read --name-variants " + options.nameVariants);
        return BAD_INPUT;
      }
      try (Reader extra = Files.newBufferedReader(options.nameVariants, StandardCharsets.UTF_8)) {
        variants = variants.extendedWith(extra);
      }
    }
    Path output = options.output.toAbsolutePath();
    if (output.getParent() != null && !Files.isDirectory(output.getParent())) {
      err.println("match: the folder of --output does not exist: " + output.getParent());
      return BAD_INPUT;
    }
    List<PersonRecord> records;
    switch (RecordsCsv.read(options.input)) {
      case RecordsCsv.Problems problems -> {
        for (InputProblem problem : problems.problems()) {
          err.println("match: " + options.input + ": " + problem);
        }
        if (problems.more()) {
          err.println("match: more problems follow; fix these first");
        }
        err.println("match: no output written");
        return BAD_INPUT;
      }
      case RecordsCsv.Records read -> records = read.records();
    }

    MatchSettings settings = MatchSettings.defaults();
    if (options.threshold != null) {
      settings =
          settings.withThresholds(
              options.threshold, Math.min(options.threshold, settings.possibleThreshold()));
    }
    MatchEngine engine = new MatchEngine(variants, settings);
    int recordCount = records.size();
    engine.addAll(records);
    // the engine keeps what it compares; the parsed records would double the heap at a million
    records = null;
    ModelSummary model = engine.estimate();
    long written = write(engine, output);
    double seconds = (System.nanoTime() - start) / 1e9;
    out.printf(
        Locale.ROOT,
        "match: %d records, %d pairs judged the same person, written to %s%n",
        recordCount,
        written,
        options.output);
    if (options.verbose) {
      out.printf(
          Locale.ROOT,
          "match: model fitted on %d candidate pairs in %d rounds; shares: same %.4f,"
              + " namesakes %.4f, unrelated %.4f%n",
          model.pairs(),
          model.iterations(),
          model.shares()[0],
          model.shares()[1],
          model.shares()[2]);
      model.levels().forEach(level -> out.println("match:   " + level));
    }
    out.printf(
        Locale.ROOT,
        "match: %.1f s, %.0f records/s, peak heap %d MB%n",
        seconds,
        recordCount / Math.max(seconds, 1e-9),
        peakHeapBytes() / (1024 * 1024));
    return OK;
  }

  /**
   * Writes every pair of every group judged one person to a file next to the target, then renames
   * it: a reader never sees half a file. Returns how many pairs were written.
   */
  private static long write(MatchEngine engine, Path output) throws IOException {
    Path folder = output.getParent() == null ? Path.of(".") : output.getParent();
    Path temporary = Files.createTempFile(folder, "." + output.getFileName(), ".part");
    long[] written = {0};
    try {
      try (BufferedWriter writer =
          new BufferedWriter(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8), 1 << 16)) {
        writer.write("record_id_a,record_id_b,score\n");
        for (PersonGroup group : engine.linkGroups(done -> {})) {
          for (ScoredPair pair : group.pairs()) {
            boolean inOrder = pair.idA().compareTo(pair.idB()) <= 0;
            // an id read from a quoted field may hold a comma or a quote
            writer.write(
                Csv.quoted(inOrder ? pair.idA() : pair.idB())
                    + ','
                    + Csv.quoted(inOrder ? pair.idB() : pair.idA())
                    + ','
                    + String.format(Locale.ROOT, "%.4f", pair.probability())
                    + '\n');
            written[0]++;
          }
        }
      }
      try {
        Files.move(
            temporary, output, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, output, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
    return written[0];
  }

  static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static void usage(PrintStream out) {
    out.println(
        """
        usage: java -jar homeward.jar match --input records.csv --output pairs.csv [options]
          --input FILE          registrations: record_id,given_name,family_name,sex,date_of_birth,
                                dob_estimated,nationality,place_of_birth,phone,document_type,
                                document_number (other columns are ignored)
          --output FILE         written as record_id_a,record_id_b,score for each pair judged
                                the same person (score: probability, 0 to 1)
          --threshold P         probability from which a pair is judged the same person (0.7)
          --name-variants FILE  extra groups of name spellings, one group per line
          --verbose             also print the fitted model\
        """);
  }

  private static final class Options {
    Path input;
    Path output;
    Path nameVariants;
    Double threshold;
    boolean verbose;
    boolean help;

    static Options parse(String[] args) {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--help", "-h" -> options.help = true;
          case "--verbose" -> options.verbose = true;
          case "--input" -> options.input = Path.of(value(args, ++i, arg));
          case "--output" -> options.output = Path.of(value(args, ++i, arg));
          case "--name-variants" -> options.nameVariants = Path.of(value(args, ++i, arg));
          case "--threshold" -> {
            String text = value(args, ++i, arg);
            try {
              options.threshold = Double.parseDouble(text);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--threshold must be a number, not " + text);
            }
            if (!(options.threshold > 0 && options.threshold < 1)) {
              throw new IllegalArgumentException("--threshold must be between 0 and 1");
            }
          }
          default -> throw new IllegalArgumentException("unknown option " + arg);
        }
      }
      if (!options.help && (options.input == null || options.output == null)) {
        throw new IllegalArgumentException("--input and --output are required");
      }
      return options;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length || args[i].startsWith("--")) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }
  }
}
