package org.homeward.shared.web;

import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;
import org.homeward.shared.CleanText;
import org.homeward.shared.Violations;
import tools.jackson.databind.JsonNode;

/**
 * Visits every text of a request's value (records, lists, maps and JSON trees, as requests are
 * made) and records each one {@link CleanText} refuses under its path, as the JSON body names it
 * ({@code members[0].givenName}). Map keys are texts too.
 */
final class CleanTextWalk {

  /** Deep enough for any request the API takes; deeper JSON is refused by the parser already. */
  private static final int MAX_DEPTH = 64;

  private CleanTextWalk() {}

  static void walk(Object value, Violations violations) {
    walk(value, "", violations, 0);
  }

  private static void walk(Object value, String path, Violations violations, int depth) {
    if (value == null || depth > MAX_DEPTH) {
      return;
    }
    switch (value) {
      case CharSequence text -> CleanText.check(violations, path, text.toString());
      case JsonNode node -> node(node, path, violations, depth);
      case Collection<?> items -> {
        int i = 0;
        for (Object item : items) {
          walk(item, path + "[" + i++ + "]", violations, depth + 1);
        }
      }
      case Object[] items -> {
        for (int i = 0; i < items.length; i++) {
          walk(items[i], path + "[" + i + "]", violations, depth + 1);
        }
      }
      case Map<?, ?> map -> {
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          String key = String.valueOf(entry.getKey());
          String at = child(path, key);
          if (CleanText.isClean(key)) {
            walk(entry.getValue(), at, violations, depth + 1);
          } else {
            CleanText.check(violations, path, key);
          }
        }
      }
      case Record record -> {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
          walk(read(component, record), child(path, component.getName()), violations, depth + 1);
        }
      }
      default -> {
        // numbers, dates, enums and ids carry no free text
      }
    }
  }

  private static void node(JsonNode node, String path, Violations violations, int depth) {
    if (node.isString()) {
      CleanText.check(violations, path, node.asString());
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "[" + i + "]", violations, depth + 1);
      }
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        if (CleanText.isClean(entry.getKey())) {
          walk(entry.getValue(), child(path, entry.getKey()), violations, depth + 1);
        } else {
          CleanText.check(violations, path, entry.getKey());
        }
      }
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      var accessor = component.getAccessor();
      accessor.setAccessible(true);
      return accessor.invoke(record);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
