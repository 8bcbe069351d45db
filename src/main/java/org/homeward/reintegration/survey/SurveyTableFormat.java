package org.homeward.reintegration.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Violations;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a survey table file (the format of docs/reintegration-monitoring.md) and checks all of it
 * before anything is kept: every problem is reported at once, each naming the indicator (by its id
 * when it has one) and the field, e.g. {@code indicators[food-security].answers[2].value}.
 */
public final class SurveyTableFormat {

  public static final String FORMAT = "homeward-survey-table/1";
  static final List<String> LANGUAGES = List.of("fr", "en", "ar");
  private static final String ID = "[a-z0-9][a-z0-9-]{0,63}";
  private static final String VERSION = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private SurveyTableFormat() {}

  /** The table in {@code text}, or an {@link InvalidInputException} listing every problem. */
  public static SurveyTable parse(String text) {
    JsonNode root;
    try {
      root = JSON.readTree(text == null ? "" : text);
    } catch (JacksonException e) {
      throw InvalidInputException.of(
          "", "malformed", "not a JSON document: " + e.getOriginalMessage());
    }
    Violations v = new Violations();
    if (root == null || !root.isObject()) {
      v.add("", "malformed", "a survey table is a JSON object");
      v.throwIfAny();
    }
    JsonNode format = root.get("format");
    v.check(
        format == null || format.isNull() || FORMAT.equals(format.asString()),
        "format",
        "unsupported",
        "this application reads tables of format " + FORMAT);
    String version = text(root, "version");
    v.check(
        version != null && version.matches(VERSION),
        "version",
        "malformed",
        "a version of 1 to 64 letters, digits, dots, dashes or underscores");
    Map<String, String> title = languages(v, root.get("title"), "title", null);
    String notice = text(root, "notice");
    JsonNode list = root.get("indicators");
    List<Indicator> indicators = new ArrayList<>();
    if (list == null || !list.isArray() || list.isEmpty()) {
      v.add("indicators", "required", "a table lists its indicators");
    } else {
      Set<String> ids = new HashSet<>();
      for (int n = 0; n < list.size(); n++) {
        Indicator indicator = indicator(v, list.get(n), n, ids);
        if (indicator != null) {
          indicators.add(indicator);
        }
      }
      Set<Dimension> covered = EnumSet.noneOf(Dimension.class);
      indicators.forEach(i -> covered.add(i.dimension()));
      for (Dimension d : Dimension.values()) {
        v.check(
            covered.contains(d) || !v.isEmpty(),
            "indicators",
            "dimension-empty",
            "no indicator of dimension " + d.key());
      }
    }
    v.throwIfAny();
    return new SurveyTable(version, title, notice, indicators);
  }

  private static Indicator indicator(Violations all, JsonNode node, int n, Set<String> ids) {
    if (node == null || !node.isObject()) {
      all.add("indicators[" + n + "]", "malformed", "an indicator is a JSON object");
      return null;
    }
    String id = text(node, "id");
    boolean named = id != null && id.matches(ID);
    Violations v = all.at("indicators[" + (named ? id : String.valueOf(n)) + "]");
    String who = named ? "indicator " + id : "indicator number " + (n + 1);
    int before = all.list().size();
    if (!named) {
      v.add("id", "malformed", who + ": an id of lower-case letters, digits and dashes");
    } else if (!ids.add(id)) {
      v.add("id", "duplicate", who + " appears twice");
    }
    String dimensionKey = text(node, "dimension");
    Dimension dimension = dimensionKey == null ? null : Dimension.ofKey(dimensionKey).orElse(null);
    v.check(
        dimension != null,
        "dimension",
        "unknown",
        who + ": dimension is one of economic, social, psychosocial");
    BigDecimal inDimension = weight(v, node, "weightInDimension", who);
    BigDecimal inComposite = weight(v, node, "weightInComposite", who);
    Map<String, String> question = languages(v, node.get("question"), "question", who);
    List<AnswerOption> answers = new ArrayList<>();
    JsonNode list = node.get("answers");
    if (list == null || !list.isArray() || list.size() < 2) {
      v.add("answers", "required", who + ": at least two answers");
    } else {
      Set<String> answerIds = new HashSet<>();
      for (int k = 0; k < list.size(); k++) {
        AnswerOption answer = answer(v.at("answers[" + k + "]"), list.get(k), who, answerIds);
        if (answer != null) {
          answers.add(answer);
        }
      }
      v.check(
          answers.stream().anyMatch(AnswerOption::counts),
          "answers",
          "no-value",
          who + ": at least one answer with a value");
    }
    if (all.list().size() > before) {
      return null;
    }
    return new Indicator(id, dimension, inDimension, inComposite, question, answers);
  }

  private static AnswerOption answer(Violations v, JsonNode node, String who, Set<String> ids) {
    if (node == null || !node.isObject()) {
      v.add("", "malformed", who + ": an answer is a JSON object");
      return null;
    }
    String id = text(node, "id");
    if (id == null || !id.matches(ID)) {
      v.add("id", "malformed", who + ": an answer id of lower-case letters, digits and dashes");
    } else if (!ids.add(id)) {
      v.add("id", "duplicate", who + ": answer " + id + " appears twice");
    }
    JsonNode value = node.get("value");
    BigDecimal number = null;
    if (value == null) {
      v.add("value", "required", who + ": answer " + id + " needs a value (null for don't know)");
    } else if (!value.isNull()) {
      if (!value.isNumber()) {
        v.add("value", "malformed", who + ": answer " + id + ": the value is a number or null");
      } else {
        number = value.decimalValue();
        v.check(
            number.signum() >= 0 && number.compareTo(BigDecimal.ONE) <= 0,
            "value",
            "out-of-range",
            who + ": answer " + id + ": the value lies between 0 and 1");
      }
    }
    Map<String, String> label = languages(v, node.get("label"), "label", who + ": answer " + id);
    return new AnswerOption(id, number, label);
  }

  private static BigDecimal weight(Violations v, JsonNode node, String field, String who) {
    JsonNode w = node.get(field);
    if (w == null || !w.isNumber()) {
      v.add(field, "required", who + ": " + field + " is a number");
      return null;
    }
    BigDecimal weight = w.decimalValue();
    v.check(weight.signum() > 0, field, "out-of-range", who + ": " + field + " is above 0");
    return weight;
  }

  /**
   * The texts of {@code node} in fr, en and ar; when {@code who} is given, each one missing is a
   * problem naming it.
   */
  private static Map<String, String> languages(
      Violations v, JsonNode node, String field, String who) {
    Map<String, String> texts = new LinkedHashMap<>();
    boolean required = who != null;
    if (node == null || !node.isObject()) {
      if (required) {
        v.add(field, "required", who + ": " + field + " in fr, en and ar");
      }
      return texts;
    }
    for (String language : LANGUAGES) {
      String text = text(node, language);
      if (text != null) {
        texts.put(language, text);
      } else if (required) {
        v.add(field + "." + language, "required", who + ": " + field + " in " + language);
      }
    }
    return texts;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isString()) {
      return null;
    }
    String text = value.asString().strip();
    return text.isEmpty() ? null : text;
  }
}
