package org.homeward.movement.planner;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Realistic planning scenarios, the same for the same seed: charters of 150–180 seats to the demo's
 * destinations (Douala, Lagos, Dakar, Abidjan: CMR, NGA, SEN, CIV) and a few more, spread over the
 * weeks ahead; households of the sizes a return programme sees (half of them one person), with
 * infants on laps, unaccompanied minors, people needing a medical escort, travel documents and
 * fitness certificates of which some expire before the later flights or are missing; values as the
 * registry's priority gives them (a weight from the most serious vulnerability plus a tenth of the
 * others, times the number of people), so many are not whole numbers.
 *
 * <p>Demand is spread over destinations more unevenly than the flights are, so some destinations
 * have more people than seats and the planner has to choose.
 */
public final class ScenarioGenerator {

  /** The destinations, most frequent first: the demo's four, then others of the region. */
  static final List<String> DESTINATIONS =
      List.of("CMR", "NGA", "SEN", "CIV", "GIN", "MLI", "GHA", "BFA", "NER", "COD");

  private static final double[] DEMAND = {26, 20, 15, 13, 10, 8, 5, 3, 2, 1.5};

  /** Household sizes 1 to 8 and how often each is seen, in percent. */
  private static final double[] SIZES = {50, 16, 12, 10, 6, 4, 1.5, 0.5};

  /** Vulnerability weights of the registry's priority rule and how often each is seen. */
  private static final int[] WEIGHTS = {80, 80, 70, 70, 60, 50, 50, 40};

  private static final double[] WEIGHT_SHARES = {6, 3, 5, 4, 8, 5, 5, 6};

  /**
   * What to generate.
   *
   * @param destinations 0 for the default: 6 up to 8 flights, then one more per 50 flights
   * @param start the first day flights may leave
   */
  public record Settings(int people, int flights, long seed, int destinations, LocalDate start) {
    public Settings {
      if (people < 1 || flights < 1) {
        throw new IllegalArgumentException("people and flights must be at least 1");
      }
      if (destinations < 0 || destinations > DESTINATIONS.size()) {
        throw new IllegalArgumentException(
            "destinations must be between 1 and " + DESTINATIONS.size());
      }
    }

    int destinationCount() {
      if (destinations > 0) {
        return destinations;
      }
      return flights <= 8 ? Math.min(flights, 6) : Math.min(DESTINATIONS.size(), 6 + flights / 50);
    }
  }

  /** The default first flight day, fixed so that a seed always gives the same scenario. */
  public static final LocalDate DEFAULT_START = LocalDate.of(2026, 9, 7);

  private ScenarioGenerator() {}

  public static PlanningProblem generate(Settings settings) {
    Random random = new Random(settings.seed());
    int destinations = settings.destinationCount();
    List<String> places = DESTINATIONS.subList(0, destinations);
    double[] demand = Arrays.copyOf(DEMAND, destinations);
    int horizon = Math.max(21, settings.flights() * 4 / 5);
    List<PlanFlight> flights = flights(settings, random, places, demand, horizon);
    List<PlanHousehold> households = new ArrayList<>();
    int people = 0;
    while (people < settings.people()) {
      int size = Math.min(pick(random, SIZES) + 1, settings.people() - people);
      String destination = places.get(pick(random, demand));
      households.add(
          household(
              random, "H-" + pad(households.size() + 1, 5), destination, size, settings, horizon));
      people += size;
    }
    return new PlanningProblem(flights, households);
  }

  private static List<PlanFlight> flights(
      Settings settings, Random random, List<String> places, double[] demand, int horizon) {
    int count = settings.flights();
    // one flight each while there are enough, then the rest in proportion to demand, but flatter:
    // the square root of demand, so the busiest destinations get fewer seats than their people
    int[] perPlace = new int[places.size()];
    int left = count;
    for (int d = 0; d < places.size() && left > 0; d++) {
      perPlace[d] = 1;
      left--;
    }
    double[] flatter = Arrays.stream(demand).map(Math::sqrt).toArray();
    double total = Arrays.stream(flatter).sum();
    double[] remainder = new double[places.size()];
    int given = 0;
    for (int d = 0; d < places.size(); d++) {
      double share = left * flatter[d] / total;
      perPlace[d] += (int) share;
      given += (int) share;
      remainder[d] = share - (int) share;
    }
    for (; given < left; given++) {
      int most = 0;
      for (int d = 1; d < places.size(); d++) {
        if (remainder[d] > remainder[most]) {
          most = d;
        }
      }
      perPlace[most]++;
      remainder[most] = -1;
    }
    List<PlanFlight> flights = new ArrayList<>();
    for (int d = 0; d < places.size(); d++) {
      for (int k = 0; k < perPlace[d]; k++) {
        int day = (int) ((k + 0.5 + (random.nextDouble() - 0.5) * 0.6) * horizon / perPlace[d]);
        flights.add(
            new PlanFlight(
                "F-" + pad(flights.size() + 1, 3),
                places.get(d),
                settings.start().plusDays(Math.clamp(day, 0, horizon - 1)),
                150 + random.nextInt(31)));
      }
    }
    return flights;
  }

  private static PlanHousehold household(
      Random random, String id, String destination, int size, Settings settings, int horizon) {
    LocalDate start = settings.start();
    List<PlanMember> members = new ArrayList<>();
    boolean unaccompanied = size <= 3 && random.nextDouble() < (size == 1 ? 0.06 : 0.03);
    // fitness is usually checked for the whole household on one day, and a family's travel
    // documents (laissez-passer) are requested and issued together
    LocalDate fitBase = fitness(random, start, horizon);
    LocalDate documentBase = document(random, start, horizon);
    int adults = unaccompanied ? 0 : (size == 1 ? 1 : (random.nextDouble() < 0.6 ? 2 : 1));
    for (int m = 0; m < size; m++) {
      int age;
      boolean lap = false;
      boolean minor = false;
      if (unaccompanied) {
        age = 12 + random.nextInt(6);
        minor = true;
      } else if (m < adults) {
        age = 18 + random.nextInt(size == 1 ? 40 : 30);
      } else {
        age = random.nextDouble() < 0.18 ? random.nextInt(2) : 2 + random.nextInt(15);
        lap = age < 2 && random.nextDouble() < 0.9;
      }
      boolean escort = random.nextDouble() < 0.02;
      LocalDate fit = fitBase;
      if (fit != null && random.nextDouble() < 0.1) {
        fit = fitness(random, start, horizon);
      }
      LocalDate document = documentBase;
      if (random.nextDouble() < 0.15) {
        document = document(random, start, horizon);
      }
      members.add(new PlanMember(id + "-" + (m + 1), age, lap, escort, minor, document, fit));
    }
    double weight = 1 + priority(random, unaccompanied, members) / 10.0;
    BigDecimal value =
        BigDecimal.valueOf(Math.round(weight * 100), 2)
            .multiply(BigDecimal.valueOf(size))
            .stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    return new PlanHousehold(id, destination, value, start.minusDays(random.nextInt(120)), members);
  }

  /** The registry's priority score: the heaviest weight plus a tenth of every other one. */
  private static double priority(Random random, boolean unaccompanied, List<PlanMember> members) {
    List<Integer> found = new ArrayList<>();
    if (unaccompanied) {
      found.add(90);
    }
    for (PlanMember member : members) {
      if (member.medicalEscort()) {
        found.add(80);
      }
    }
    int extra = random.nextDouble() < 0.45 ? 1 + (random.nextDouble() < 0.3 ? 1 : 0) : 0;
    for (int i = 0; i < extra; i++) {
      found.add(WEIGHTS[pick(random, WEIGHT_SHARES)]);
    }
    if (found.isEmpty()) {
      return 0;
    }
    found.sort((a, b) -> b - a);
    double score = found.get(0);
    for (int i = 1; i < found.size(); i++) {
      score += found.get(i) / 10.0;
    }
    return score;
  }

  private static LocalDate document(Random random, LocalDate start, int horizon) {
    double r = random.nextDouble();
    if (r < 0.92) {
      return start.plusDays(180 + random.nextInt(540));
    }
    if (r < 0.96) {
      return start.plusDays(random.nextInt(horizon));
    }
    if (r < 0.98) {
      return null;
    }
    return start.minusDays(1 + random.nextInt(100));
  }

  /** A certificate is valid some weeks after the check: some end before the later flights. */
  private static LocalDate fitness(Random random, LocalDate start, int horizon) {
    double r = random.nextDouble();
    if (r < 0.86) {
      return start.plusDays(horizon / 2 + random.nextInt(horizon / 2 + 60));
    }
    if (r < 0.95) {
      return start.plusDays(random.nextInt(Math.max(1, horizon / 2)));
    }
    if (r < 0.97) {
      return null;
    }
    return start.minusDays(1 + random.nextInt(30));
  }

  private static int pick(Random random, double[] shares) {
    double total = Arrays.stream(shares).sum();
    double r = random.nextDouble() * total;
    for (int i = 0; i < shares.length; i++) {
      r -= shares[i];
      if (r < 0) {
        return i;
      }
    }
    return shares.length - 1;
  }

  private static String pad(int number, int width) {
    return String.format("%0" + width + "d", number);
  }
}
