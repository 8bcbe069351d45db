package org.homeward.matching.engine;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Remembers the comparison level of two interned values (name tokens, joined names, places) by
 * their ids. A million registrations hold a few thousand distinct spellings, so the same two names
 * meet millions of times; string similarity on every meeting was most of the run time. The table is
 * fixed in size and lock-free (compare-and-set into open addressing): when it is full a level is
 * simply computed again, so memory stays bounded whatever the input.
 */
final class LevelCache {

  static final int TOKENS = 1;
  static final int JOINED = 2;
  static final int PLACES = 3;

  /** 2M entries, 16 MB: room for every pair of spellings a million records bring together. */
  private static final int CAPACITY = 1 << 21;

  private static final int PROBES = 16;
  private static final int ABSENT = -1;

  private volatile AtomicLongArray table;

  /** The cached level of the values with ids {@code a} and {@code b}, or -1. */
  int get(int kind, int a, int b) {
    AtomicLongArray entries = table;
    if (entries == null) {
      return ABSENT;
    }
    long key = key(kind, a, b);
    int slot = slot(key);
    for (int probe = 0; probe < PROBES; probe++) {
      long entry = entries.get((slot + probe) & (CAPACITY - 1));
      if (entry == 0) {
        return ABSENT;
      }
      if (entry >>> 4 == key) {
        return (int) (entry & 0xF) - 1;
      }
    }
    return ABSENT;
  }

  void put(int kind, int a, int b, int level) {
    AtomicLongArray entries = table;
    if (entries == null) {
      synchronized (this) {
        if (table == null) {
          table = new AtomicLongArray(CAPACITY);
        }
        entries = table;
      }
    }
    long key = key(kind, a, b);
    long entry = key << 4 | (level + 1);
    int slot = slot(key);
    for (int probe = 0; probe < PROBES; probe++) {
      int at = (slot + probe) & (CAPACITY - 1);
      long present = entries.get(at);
      if (present == 0 && entries.compareAndSet(at, 0, entry)) {
        return;
      }
      if (entries.get(at) >>> 4 == key) {
        return;
      }
    }
  }

  /** Ids are below 2^28 and the order of the two does not matter: levels are symmetric. */
  private static long key(int kind, int a, int b) {
    int low = Math.min(a, b);
    int high = Math.max(a, b);
    return (long) kind << 56 | (long) low << 28 | high;
  }

  private static int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & (CAPACITY - 1);
  }
}
