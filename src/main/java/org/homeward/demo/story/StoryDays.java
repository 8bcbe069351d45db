package org.homeward.demo.story;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days of the money story, told in the present like the registry's demo cases: the story's year
 * is the year of the last 30 June at least 120 days before the day the demo is loaded (2026 for a
 * load in December 2026), and every date of the 2005–2012 story moves by the same number of years.
 *
 * @param today the day the demo is loaded
 */
record StoryDays(LocalDate today, int year) {

  /** The story as first told: its projects ran dry in June 2012. */
  static final int REFERENCE_YEAR = 2012;

  static StoryDays of(Clock clock) {
    LocalDate today = LocalDate.now(clock);
    return new StoryDays(today, storyYear(today));
  }

  /** The year of the last 30 June at least 120 days before {@code loaded}. */
  static int storyYear(LocalDate loaded) {
    int year = loaded.getYear();
    while (ChronoUnit.DAYS.between(LocalDate.of(year, 6, 30), loaded) < 120) {
      year--;
    }
    return year;
  }

  /** A day of the story, given as the day of the 2005–2012 story. */
  LocalDate on(int referenceYear, int month, int day) {
    return LocalDate.of(referenceYear - REFERENCE_YEAR + year, month, day);
  }
}
