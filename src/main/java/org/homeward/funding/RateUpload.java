package org.homeward.funding;

import java.util.List;

/** What a CSV upload of rates did: the rates added, and the lines equal to an entered rate. */
public record RateUpload(List<EnteredRate> added, int unchanged) {

  public RateUpload {
    added = List.copyOf(added);
  }
}
