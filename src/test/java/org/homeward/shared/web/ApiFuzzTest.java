package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.registry.Households;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends generated requests to every operation the OpenAPI document describes: bodies shaped by the
 * operation's schema with one part spoiled (a wrong type, a huge number, NUL, an unpaired
 * surrogate, a very long text, junk nested deep, a field missing or unknown), bad path ids, bad
 * query values, odd {@code If-Match}, {@code Idempotency-Key}, {@code Content-Type} and {@code
 * Accept} headers, as a user allowed to reach the operation. No answer is a 5xx, and no refused
 * change leaves a trace in the stored data. The seed is fixed, so a failure is reproduced by
 * running the test again ({@code -Dhomeward.fuzz.seed=…} tries other inputs).
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // failed password checks must not lock the accounts the fuzzer works with
    properties = "homeward.sign-in.max-failures=1000000")
class ApiFuzzTest {

  static final int INPUTS_PER_OPERATION = Integer.getInteger("homeward.fuzz.inputs", 30);
  static final long SEED = Long.getLong("homeward.fuzz.seed", 10L);
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String SURROGATE = "\u0001surrogate\u0001";

  /** Who asks: the first of these the operation does not refuse (401 or 403). */
  static final List<String> USERS =
      List.of(
          "caseworker.mar",
          "admin",
          "dataprotection.mar",
          "chief.mar",
          "medical.mar",
          "finance.mar",
          "movement.mar",
          "reintegration.cmr",
          "chief.cmr");

  /**
   * Written by the requests themselves, in the request's transaction; background work (screening,
   * registry runs, the release of a withdrawn case's commitment) writes other tables, so these
   * stand still between two requests. The cases waiting for funds are left out: a refused
   * eligibility puts its case there, by design.
   */
  static final List<String> STORED =
      List.of(
          "registry_case",
          "registry_person",
          "registry_consent",
          "registry_status_change",
          "registry_idempotency_key",
          "organisation_user",
          "organisation_api_token",
          "organisation_mission",
          "matching_name_variants",
          "matching_decision",
          "matching_merge",
          "matching_distinct_pair",
          "registry_retention_run",
          "funding_donor",
          "funding_project",
          "funding_appeal",
          "funding_contribution",
          "funding_exchange_rate",
          "funding_expenditure",
          "movement_travel_document",
          "movement_fitness_check",
          "reintegration_profile",
          "reintegration_reception",
          "reintegration_assessment",
          "reintegration_plan",
          "reintegration_plan_member",
          "reintegration_purchase_order",
          "reintegration_mission_setting",
          "reintegration_approval",
          "reintegration_partner",
          "reintegration_referral");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  final JsonMapper json = ApiClient.json();
  Random random;
  JsonNode document;
  final Map<String, List<String>> knownIds = new LinkedHashMap<>();

  @Test
  void noOperationAnswers5xxAndNoRefusedChangeIsStored() {
    random = new Random(SEED);
    document = ApiClient.anonymous(port).get("/v3/api-docs").json();
    knowSomeRecords();

    List<String> faults = new ArrayList<>();
    Map<String, Integer> statuses = new TreeMap<>();
    int tried = 0;
    int operations = 0;
    long started = System.nanoTime();
    for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
        if (!List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
          continue;
        }
        operations++;
        Operation op = new Operation(method, path.getKey(), operation.getValue());
        ApiClient client = clientFor(op);
        for (int i = 0; i < INPUTS_PER_OPERATION; i++) {
          Input input = generate(op, i);
          String before = method.equals("GET") ? null : fingerprint();
          Response response =
              client.send(method, input.path(), input.body(), input.contentType(), input.headers());
          tried++;
          statuses.merge(op + " " + response.status(), 1, Integer::sum);
          if (response.status() >= 500) {
            faults.add(
                op
                    + " answered "
                    + response.status()
                    + " to "
                    + input
                    + ": "
                    + cut(response.text()));
          } else if (before != null && response.status() >= 400 && !before.equals(fingerprint())) {
            faults.add(
                op + " refused with " + response.status() + " but changed the data: " + input);
          }
        }
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    System.out.printf(
        "API fuzz: %d inputs to %d operations in %d s (seed %d); answers: %s%n",
        tried, operations, seconds, SEED, statuses);
    assertThat(operations).as("operations described").isGreaterThan(30);
    assertThat(faults).isEmpty();
  }

  /** A request for one operation, as sent. */
  record Input(String path, String body, String contentType, String[] headers, String spoiled) {
    @Override
    public String toString() {
      return path
          + " ["
          + spoiled
          + "] headers="
          + String.join("|", headers)
          + " type="
          + contentType
          + " body="
          + cut(body);
    }
  }

  record Operation(String method, String path, JsonNode spec) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** Records that exist, so that some requests reach past the look-up into the rules. */
  private void knowSomeRecords() {
    ApiClient caseworker = ApiClient.as(port, "caseworker.mar");
    Response created =
        caseworker.post("/api/v1/cases", Households.familyOfThree(Households.uniqueFamilyName()));
    assertThat(created.status()).isEqualTo(201);
    String caseId = created.json().get("id").asString();
    String memberId = created.json().get("members").get(0).get("id").asString();
    knownIds.put("id", List.of(caseId));
    knownIds.put("memberId", List.of(memberId));
    knownIds.put("personId", List.of(memberId));
    knownIds.put("caseId", List.of(caseId));
    knownIds.put("country", List.of("CMR"));
    knownIds.put("username", List.of("caseworker.cmr", "me.rmn"));
  }

  private ApiClient clientFor(Operation op) {
    for (String user : USERS) {
      ApiClient client = ApiClient.as(port, user);
      Input probe = generate(op, 0);
      Response response =
          client.send(
              op.method(), probe.path(), probe.body(), probe.contentType(), probe.headers());
      if (response.status() != 401 && response.status() != 403) {
        return client;
      }
    }
    return ApiClient.as(port, USERS.getFirst());
  }

  // --- inputs ---------------------------------------------------------------------------------

  private Input generate(Operation op, int round) {
    // the first input of each operation is well formed, the others spoil one thing or more
    boolean spoil = round > 0;
    List<String> spoiled = new ArrayList<>();
    String path = op.path();
    StringBuilder query = new StringBuilder();
    List<String> headers = new ArrayList<>();
    for (JsonNode parameter : parameters(op)) {
      String name = parameter.get("name").asString();
      String in = parameter.get("in").asString();
      JsonNode schema = resolve(parameter.get("schema"));
      boolean bad = spoil && random.nextInt(3) == 0;
      if (!in.equals("path") && !parameter.path("required").asBoolean() && random.nextInt(3) == 0) {
        continue;
      }
      String value = bad ? junkText() : parameterValue(name, schema);
      if (bad) {
        spoiled.add(in + " " + name);
      }
      switch (in) {
        case "path" -> path = path.replace("{" + name + "}", encode(value));
        case "query" ->
            query
                .append(query.isEmpty() ? "?" : "&")
                .append(name)
                .append('=')
                .append(encode(value));
        case "header" -> {
          if (isHeaderSafe(value)) {
            headers.add(name);
            headers.add(value);
          }
        }
        default -> {}
      }
    }
    if (spoil && random.nextInt(4) == 0) {
      String[] odd = oddHeader();
      if (isHeaderSafe(odd[1])) {
        headers.add(odd[0]);
        headers.add(odd[1]);
        spoiled.add("header " + odd[0]);
      }
    }
    if (spoil && random.nextInt(5) == 0) {
      query
          .append(query.isEmpty() ? "?" : "&")
          .append(encode(junkText()))
          .append('=')
          .append(encode(junkText()));
      spoiled.add("extra query parameter");
    }
    String body = null;
    String contentType = null;
    JsonNode requestBody = op.spec().path("requestBody");
    if (!requestBody.isMissingNode()) {
      Iterator<Map.Entry<String, JsonNode>> content =
          requestBody.path("content").properties().iterator();
      Map.Entry<String, JsonNode> first = content.hasNext() ? content.next() : null;
      contentType = first == null ? "application/json" : first.getKey();
      JsonNode schema = first == null ? null : first.getValue().get("schema");
      JsonNode value = valueFor(schema, 0);
      if (spoil) {
        int how = random.nextInt(10);
        if (how < 6) {
          value = spoilOne(value, spoiled);
        } else if (how < 8) {
          body = junkBody();
          spoiled.add("body replaced");
        } else {
          contentType = oddContentType();
          spoiled.add("content type " + contentType);
        }
      }
      if (body == null) {
        body = json.writeValueAsString(value).replace(SURROGATE, "\\ud800");
      }
    } else if (spoil && random.nextInt(6) == 0) {
      body = junkBody();
      contentType = random.nextBoolean() ? "application/json" : oddContentType();
      spoiled.add("unexpected body");
    }
    return new Input(
        path + query,
        body,
        contentType,
        headers.toArray(String[]::new),
        spoiled.isEmpty() ? "well formed" : String.join(", ", spoiled));
  }

  private List<JsonNode> parameters(Operation op) {
    List<JsonNode> found = new ArrayList<>();
    op.spec().path("parameters").forEach(p -> found.add(resolve(p)));
    return found;
  }

  private String parameterValue(String name, JsonNode schema) {
    List<String> known = knownIds.get(name);
    if (known != null && random.nextInt(4) != 0) {
      return known.get(random.nextInt(known.size()));
    }
    if (name.equalsIgnoreCase("If-Match") || name.equalsIgnoreCase("If-None-Match")) {
      return pick("\"1\"", "\"2\"", "*", "W/\"1\"");
    }
    if (name.equalsIgnoreCase("Idempotency-Key")) {
      return UUID.randomUUID().toString();
    }
    JsonNode value = valueFor(schema, 0);
    return value.isString() ? value.asString() : value.toString();
  }

  /** A plausible value for {@code schema}: the right type and, where listed, an allowed value. */
  private JsonNode valueFor(JsonNode schema, int depth) {
    schema = resolve(schema);
    if (schema == null || depth > 6) {
      return NODES.nullNode();
    }
    if (schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf")) {
      JsonNode options =
          schema.has("allOf")
              ? schema.get("allOf")
              : schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
      return valueFor(options.get(random.nextInt(options.size())), depth + 1);
    }
    if (schema.has("enum")) {
      JsonNode values = schema.get("enum");
      return values.get(random.nextInt(values.size()));
    }
    String type = schema.path("type").asString("object");
    if (schema.path("type").isArray()) {
      type = schema.get("type").get(0).asString();
    }
    String format = schema.path("format").asString("");
    return switch (type) {
      case "string" ->
          switch (format) {
            case "date" -> NODES.stringNode(pick("2024-03-14", "1990-05-01", "2025-12-31"));
            case "date-time" -> NODES.stringNode("2025-06-01T10:00:00Z");
            case "uuid" -> NODES.stringNode(UUID.randomUUID().toString());
            case "email" -> NODES.stringNode("someone@example.org");
            default ->
                NODES.stringNode(
                    pick(
                        "Amina",
                        "MAR",
                        "CMR",
                        "fr",
                        "Oujda",
                        "CASE_READ",
                        "PRINCIPAL",
                        "F",
                        "2024-01-02",
                        "+212600000001"));
          };
      case "integer" -> NODES.numberNode(random.nextInt(100));
      case "number" -> NODES.numberNode(random.nextInt(1000) / 10.0);
      case "boolean" -> NODES.booleanNode(random.nextBoolean());
      case "array" -> {
        ArrayNode array = NODES.arrayNode();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
          array.add(valueFor(schema.get("items"), depth + 1));
        }
        yield array;
      }
      default -> {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
          object.set(property.getKey(), valueFor(property.getValue(), depth + 1));
        }
        if (schema.path("additionalProperties").isObject() && object.isEmpty()) {
          object.set("key", valueFor(schema.get("additionalProperties"), depth + 1));
        }
        yield object;
      }
    };
  }

  /**
   * Spoils one place of {@code value}: replaced by junk, removed, or joined by an unknown field.
   */
  private JsonNode spoilOne(JsonNode value, List<String> spoiled) {
    List<String> where = new ArrayList<>();
    List<JsonNode> parents = new ArrayList<>();
    collect(value, "", where, parents);
    if (parents.isEmpty()) {
      spoiled.add("whole value junk");
      return junkNode(0);
    }
    int at = random.nextInt(parents.size());
    JsonNode parent = parents.get(at);
    String place = where.get(at);
    if (parent instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>(object.propertyNames());
      String name = names.get(random.nextInt(names.size()));
      switch (random.nextInt(4)) {
        case 0 -> {
          object.remove(name);
          spoiled.add("without " + place + name);
        }
        case 1 -> {
          object.set("unexpected" + random.nextInt(9), junkNode(0));
          spoiled.add("unknown field at " + place);
        }
        default -> {
          object.set(name, junkNode(0));
          spoiled.add("junk at " + place + name);
        }
      }
    } else if (parent instanceof ArrayNode array && !array.isEmpty()) {
      array.set(random.nextInt(array.size()), junkNode(0));
      spoiled.add("junk item in " + place);
    } else if (parent instanceof ObjectNode object) {
      object.set("unexpected", junkNode(0));
      spoiled.add("unknown field at " + place);
    } else {
      spoiled.add("whole value junk");
      return junkNode(0);
    }
    return value;
  }

  private static void collect(
      JsonNode node, String path, List<String> where, List<JsonNode> found) {
    if (node.isObject()) {
      where.add(path);
      found.add(node);
      node.properties().forEach(e -> collect(e.getValue(), path + e.getKey() + ".", where, found));
    } else if (node.isArray()) {
      where.add(path);
      found.add(node);
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "].", where, found);
      }
    }
  }

  private JsonNode junkNode(int depth) {
    return switch (random.nextInt(depth > 2 ? 10 : 13)) {
      case 0 -> NODES.stringNode("");
      case 1 -> NODES.stringNode(junkText());
      case 2 -> NODES.stringNode("A\u0000B");
      case 3 -> NODES.stringNode("x" + SURROGATE);
      case 4 -> NODES.stringNode("ab".repeat(20_000 + random.nextInt(20_000)));
      case 5 -> NODES.numberNode(new java.math.BigInteger("9".repeat(40)));
      case 6 -> NODES.numberNode(random.nextBoolean() ? -1 : Long.MIN_VALUE);
      case 7 -> NODES.numberNode(1.5e300);
      case 8 -> NODES.booleanNode(true);
      case 9 -> NODES.nullNode();
      case 10 -> NODES.arrayNode().add(junkNode(depth + 1)).add(junkNode(depth + 1));
      case 11 -> NODES.objectNode().set("a", junkNode(depth + 1));
      default -> NODES.stringNode("<script>alert(1)</script>' or 1=1 --");
    };
  }

  private String junkText() {
    return pick(
        "",
        " ",
        "\u0000",
        "A\u0000",
        "é\u001b[31m",
        "\u0085x",
        "-1",
        "0",
        "99999999999999999999999",
        "1e309",
        "NaN",
        "true",
        "null",
        "..",
        "../../etc/passwd",
        "%",
        "'; drop table registry_case; --",
        "<b>x</b>",
        UUID.randomUUID().toString(),
        "00000000-0000-0000-0000-000000000000",
        "MAR-2025-000001",
        "💥".repeat(10),
        "z".repeat(5000),
        "العربية",
        "\uFEFFbom");
  }

  private String junkBody() {
    return pick(
        "",
        "{",
        "[]",
        "null",
        "42",
        "\"text\"",
        "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}",
        "{\"a\":\"\\ud800\"}",
        "{\"a\":\"\\u0000\"}",
        "<xml><a>1</a></xml>",
        "{\"members\": [" + "{},".repeat(500) + "{}]}",
        "{\"\\u0000\": 1}",
        "{\"a\": 1, \"a\": 2}",
        "\u0000\u0001\u0002",
        "{\"x\": 1e999999}");
  }

  private String[] oddHeader() {
    return switch (random.nextInt(7)) {
      case 0 ->
          new String[] {
            "If-Match",
            pick("garbage", "\"\"", "\"-1\"", "\"99999999999999999999\"", "W/\"x\"", "*, \"1\"")
          };
      case 1 -> new String[] {"If-None-Match", pick("*", "\"0\"", "junk")};
      case 2 -> new String[] {"Idempotency-Key", pick("", " ", "k".repeat(2000), "ü-key", "a b c")};
      case 3 ->
          new String[] {
            "Accept",
            pick("application/xml", "text/html", "*/*", "image/png", "application/json;q=0")
          };
      case 4 -> new String[] {"Accept-Language", pick("ar", "xx-YY", "*", "fr;q=abc")};
      case 5 -> new String[] {"X-Request-Id", pick("a".repeat(200), "id with spaces", "é")};
      default -> new String[] {"Range", pick("bytes=0-1", "bytes=junk")};
    };
  }

  private String oddContentType() {
    return pick(
        "application/xml",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json; charset=ISO-8859-1",
        "application/merge-patch+json",
        "junk");
  }

  // --- the stored data ------------------------------------------------------------------------

  /** Row count and the sum of row versions (xmin) of each table: any insert, update or delete. */
  private String fingerprint() {
    StringBuilder sql = new StringBuilder("select concat_ws('|'");
    for (String table : STORED) {
      sql.append(", (select count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from ")
          .append(table)
          .append(')');
    }
    return jdbc.sql(sql.append(")").toString()).query(String.class).single();
  }

  private JsonNode resolve(JsonNode node) {
    int hops = 0;
    while (node != null && node.has("$ref") && hops++ < 10) {
      String ref = node.get("$ref").asString();
      node = document.at(ref.substring(1));
      if (node.isMissingNode()) {
        return null;
      }
    }
    return node;
  }

  @SafeVarargs
  private <T> T pick(T... options) {
    return options[random.nextInt(options.length)];
  }

  private static boolean isHeaderSafe(String value) {
    return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f) && value.length() < 4000;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String cut(String text) {
    if (text == null) {
      return "";
    }
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
