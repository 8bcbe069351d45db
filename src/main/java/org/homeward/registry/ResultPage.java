package org.homeward.registry;

import java.util.List;

/**
 * One page of a longer list; {@code page} counts from 0. {@code total} counts every match when
 * {@code totalExact}; otherwise there are more than {@code total} matches and counting them all was
 * not worth its cost (a common name among a million cases): {@code total} is then at least one more
 * than the matches up to the end of this page, so there is a next page.
 */
public record ResultPage<T>(List<T> items, int page, int size, long total, boolean totalExact) {

  public ResultPage {
    items = List.copyOf(items);
  }

  public ResultPage(List<T> items, int page, int size, long total) {
    this(items, page, size, total, true);
  }

  public int pageCount() {
    return size == 0 ? 0 : (int) ((total + size - 1) / size);
  }
}
