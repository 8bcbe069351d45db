package org.homeward.shared.web;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 7396 JSON merge patch: objects merge key by key, {@code null} removes, anything else
 * replaces.
 */
public final class JsonMergePatch {

  private JsonMergePatch() {}

  public static JsonNode apply(JsonNode patch, JsonNode target) {
    if (!patch.isObject()) {
      return patch;
    }
    ObjectNode result =
        target != null && target.isObject()
            ? ((ObjectNode) target).deepCopy()
            : ((ObjectNode) patch).objectNode();
    for (Map.Entry<String, JsonNode> entry : patch.properties()) {
      if (entry.getValue().isNull()) {
        result.remove(entry.getKey());
      } else {
        result.set(entry.getKey(), apply(entry.getValue(), result.get(entry.getKey())));
      }
    }
    return result;
  }
}
