package org.homeward.demo.story;

import static org.homeward.demo.story.FundingEntries.FINANCE;

import java.time.LocalDate;
import org.homeward.funding.FundingRecords;

/**
 * The exchange rates of the money story: yearly ones since the first project, and monthly ones
 * since the appeal, uploaded as a finance officer uploads a file of them.
 */
final class RateHistory {

  /** Year, CHF→USD, EUR→USD, USD→MAD on its first day. */
  private static final String[][] YEARLY = {
    {"2005", "0.8040", "1.2450", "8.8650"},
    {"2006", "0.7980", "1.2560", "8.7960"},
    {"2007", "0.8330", "1.3700", "8.1920"},
    {"2008", "0.9250", "1.4710", "7.7500"},
    {"2009", "0.9210", "1.3950", "8.0570"},
    {"2010", "0.9600", "1.3260", "8.4170"},
    {"2011", "1.1280", "1.3920", "8.0900"},
    {"2012", "1.0750", "1.2930", "8.6000"},
  };

  /** Month of the appeal's year, CHF→USD, EUR→USD on its first day. */
  private static final String[][] MONTHLY = {
    {"7", "1.0230", "1.2290"},
    {"8", "1.0310", "1.2400"},
    {"9", "1.0660", "1.2880"},
    {"10", "1.0710", "1.2970"},
    {"11", "1.0690", "1.2830"},
    {"12", "1.0820", "1.3060"},
  };

  private RateHistory() {}

  /** Uploads the rates up to the day of the load. */
  static void upload(FundingRecords records, StoryDays days) {
    StringBuilder csv = new StringBuilder("date,from,to,rate\n");
    for (String[] row : YEARLY) {
      LocalDate first = days.on(Integer.parseInt(row[0]), 1, 1);
      csv.append(first).append(",CHF,USD,").append(row[1]).append('\n');
      csv.append(first).append(",EUR,USD,").append(row[2]).append('\n');
      csv.append(first).append(",USD,MAD,").append(row[3]).append('\n');
    }
    for (String[] row : MONTHLY) {
      LocalDate first = days.on(2012, Integer.parseInt(row[0]), 1);
      if (!first.isAfter(days.today())) {
        csv.append(first).append(",CHF,USD,").append(row[1]).append('\n');
        csv.append(first).append(",EUR,USD,").append(row[2]).append('\n');
      }
    }
    records.uploadRates(csv.toString(), FINANCE);
  }
}
