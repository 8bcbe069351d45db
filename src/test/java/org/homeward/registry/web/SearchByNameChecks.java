package org.homeward.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.homeward.ApiClient;
import org.homeward.ApiClient.Response;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.CaseScope;
import org.homeward.organisation.Role;
import org.homeward.registry.Households;
import org.homeward.registry.internal.SearchText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A search by name answers, page after page and in the default order, exactly the cases whose
 * members' own names match each word, as the registry defined it before it kept the names on the
 * case row: a member's name contains the word, or (more than three letters) is similar to it by
 * pg_trgm's word similarity. The definition is asked of the database directly, member by member,
 * and compared with what the API answers. Run once as installed and once with a walk so short that
 * searches go past its end.
 */
abstract class SearchByNameChecks {

  static final Actor CASEWORKER = new Actor("caseworker.mar", "MAR", Set.of(Role.CASEWORKER));
  static final int SIZE = 2;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired AccessPolicy access;

  ApiClient caseworker() {
    return ApiClient.as(port, "caseworker.mar");
  }

  @Test
  void answersTheCasesWhoseMembersNamesMatchInTheDefaultOrder() {
    String family = Households.uniqueFamilyName();
    String other = Households.uniqueFamilyName();
    String misspelled = family.substring(0, 4) + "q" + family.substring(5);
    String first = family.substring(0, 4);
    String rest = family.substring(4);
    // a name in the second member only, one hyphenated, one misspelled, one that shares just
    // enough of the name's trigrams to be similar, other scripts
    register(member("Aminata", family), member("Ousmane", "Sow"));
    register(member("Moussa", "Traoré"), member("Awa", family));
    register(member("Karim", capitalised(first) + "-" + rest));
    register(member("Ibrahim", misspelled));
    // its first six letters give six of the name's eleven trigrams: similar at the 0.5 the
    // connections set, and not one trigram to spare
    register(member("Ines", family.substring(0, 6) + "xq"));
    register(member("Søren", other), member("Mariam", family));
    register(member("محمد", other));
    register(member(capitalised(first), "Diallo"), member(capitalised(rest), "Ba"));

    for (String query :
        List.of(
            family,
            misspelled,
            family.toUpperCase(),
            "aminata " + family,
            "awa " + family,
            first + rest,
            other,
            "søren " + other,
            "soren",
            "محمد",
            "محمد " + other,
            first,
            family.substring(0, 3))) {
      assertAnswersAsDefined(query);
    }
  }

  /** Compares up to five pages of the API's answer to the definition, and the totals with them. */
  void assertAnswersAsDefined(String query) {
    List<String> expected = defined(query);
    List<String> answered = new ArrayList<>();
    for (int page = 0; page < 5; page++) {
      JsonNode body = search(query, page);
      body.get("items").forEach(item -> answered.add(item.get("id").asString()));
      long total = body.get("total").asLong();
      if (body.get("totalExact").asBoolean()) {
        assertThat(total).as("total of %s", query).isEqualTo(expected.size());
      } else {
        assertThat(total).as("lower bound of %s", query).isGreaterThan((long) (page + 1) * SIZE);
        assertThat((long) expected.size()).as("matches of %s", query).isGreaterThanOrEqualTo(total);
      }
      if ((long) (page + 1) * SIZE >= total) {
        break;
      }
    }
    assertThat(answered)
        .as("cases found by %s", query)
        .containsExactlyElementsOf(expected.subList(0, Math.min(answered.size(), expected.size())));
    assertThat(answered.size())
        .as("cases found by %s", query)
        .isEqualTo(Math.min(expected.size(), 5 * SIZE));
  }

  JsonNode search(String query, int page) {
    Response response =
        caseworker()
            .get(
                "/api/v1/cases?size="
                    + SIZE
                    + "&page="
                    + page
                    + "&q="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8));
    assertThat(response.status()).as(response.text()).isEqualTo(200);
    return response.json();
  }

  /** The registry's definition of a search by name, member by member, most vulnerable first. */
  List<String> defined(String query) {
    CaseScope.Condition within =
        access
            .readScope(CASEWORKER)
            .condition("c.mission_code", "c.destination_country", "c.handed_over");
    StringBuilder sql =
        new StringBuilder("SELECT c.id FROM registry_case c WHERE ").append(within.sql());
    List<Object> params = new ArrayList<>(within.params());
    for (String word : SearchText.normalise(query).split(" ")) {
      sql.append(
          " AND EXISTS (SELECT 1 FROM registry_person p WHERE p.case_id = c.id AND"
              + " (p.search_name LIKE ? OR (length(?) > 3 AND ? <% p.search_name)))");
      params.add("%" + word + "%");
      params.add(word);
      params.add(word);
    }
    sql.append(" ORDER BY c.priority DESC, c.registration_date, c.case_number");
    return jdbc.sql(sql.toString()).params(params).query(UUID.class).list().stream()
        .map(UUID::toString)
        .toList();
  }

  @SafeVarargs
  final String register(Map<String, Object> principal, Map<String, Object>... others) {
    Map<String, Object> household = Households.familyOfThree("Unused");
    List<Map<String, Object>> members = new ArrayList<>();
    principal.put("relationship", "PRINCIPAL");
    members.add(principal);
    members.addAll(List.of(others));
    household.put("members", members);
    Response created = caseworker().post("/api/v1/cases", household);
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return created.json().get("id").asString();
  }

  static Map<String, Object> member(String given, String family) {
    return Households.member(given, family, "F", "1990-05-01", "SIBLING", null, List.of());
  }

  static String capitalised(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
