package org.homeward.matching.engine;

import java.util.function.LongFunction;

/**
 * Blocking keys to their members, in open addressing over a primitive key array. A million records
 * file about ten million keys into a few million blocks; a {@code HashMap<Long, …>} spent a boxed
 * key and a node on each (about 50 bytes a block) and was the largest part of the heap after the
 * records. Keys are never 0: every blocking key carries its kind, 1 to 15, in its low bits.
 */
final class BlockTable<V> {

  private long[] keys = new long[1024];
  private Object[] values = new Object[1024];
  private int size;

  V get(long key) {
    int mask = keys.length - 1;
    for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
      long present = keys[slot];
      if (present == key) {
        @SuppressWarnings("unchecked")
        V value = (V) values[slot];
        return value;
      }
      if (present == 0) {
        return null;
      }
    }
  }

  V computeIfAbsent(long key, LongFunction<V> create) {
    if (key == 0) {
      throw new IllegalArgumentException("0 is not a blocking key");
    }
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (keys[slot] != 0) {
      if (keys[slot] == key) {
        @SuppressWarnings("unchecked")
        V value = (V) values[slot];
        return value;
      }
      slot = (slot + 1) & mask;
    }
    V value = create.apply(key);
    keys[slot] = key;
    values[slot] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
    return value;
  }

  int size() {
    return size;
  }

  /** Every key with its value, as primitive key and value for loops that must not box. */
  interface Visitor<V> {
    void visit(long key, V value);
  }

  void visit(Visitor<V> visitor) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != 0) {
        @SuppressWarnings("unchecked")
        V value = (V) values[i];
        visitor.visit(keys[i], value);
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    Object[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new Object[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0) {
        int slot = slot(oldKeys[i], mask);
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
