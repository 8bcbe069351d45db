package org.homeward.matching;

import java.util.List;

/** One page of the review queue, most likely duplicates first. */
public record ReviewQueue(List<ReviewItem> items, int page, int size, long total) {

  public ReviewQueue {
    items = List.copyOf(items);
  }
}
