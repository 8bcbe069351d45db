package org.homeward.organisation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.homeward.organisation.Mission;
import org.homeward.organisation.MissionKind;
import org.homeward.organisation.Missions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The organisation's offices, read once and then answered from memory: the mission tree is
 * reference data that only a migration changes, and migrations run before the application starts.
 * Every request asks for the user's mission and its sub-offices (its scope), so this saves reading
 * the same rows several times per request.
 */
@Repository
class JdbcMissions implements Missions {

  private static final String SELECT =
      "SELECT code, name, kind, parent_code, country_code, chief_of_mission, phone, email, address"
          + " FROM organisation_mission";

  /** The missions by code, in code order, and each one's code with those of the offices below. */
  private record Tree(Map<String, Mission> byCode, Map<String, List<String>> withDescendants) {}

  private final JdbcClient jdbc;
  private volatile Tree tree;

  JdbcMissions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Mission> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(tree().byCode().get(code));
  }

  @Override
  public List<Mission> all() {
    return List.copyOf(tree().byCode().values());
  }

  /** The mission and every office below it. */
  List<String> withDescendants(String code) {
    return tree().withDescendants().getOrDefault(code, List.of());
  }

  private Tree tree() {
    Tree t = tree;
    if (t == null) {
      t = read();
      tree = t;
    }
    return t;
  }

  private Tree read() {
    Map<String, Mission> byCode = new LinkedHashMap<>();
    for (Mission m : jdbc.sql(SELECT + " ORDER BY code").query(JdbcMissions::map).list()) {
      byCode.put(m.code(), m);
    }
    Map<String, List<String>> children = new HashMap<>();
    for (Mission m : byCode.values()) {
      if (m.parentCode() != null) {
        children.computeIfAbsent(m.parentCode(), k -> new ArrayList<>()).add(m.code());
      }
    }
    Map<String, List<String>> withDescendants = new HashMap<>();
    for (String code : byCode.keySet()) {
      List<String> below = new ArrayList<>();
      Deque<String> todo = new ArrayDeque<>(List.of(code));
      Set<String> seen = new HashSet<>();
      while (!todo.isEmpty()) {
        String next = todo.poll();
        if (seen.add(next)) {
          below.add(next);
          todo.addAll(children.getOrDefault(next, List.of()));
        }
      }
      withDescendants.put(code, List.copyOf(below));
    }
    return new Tree(
        Collections.unmodifiableMap(byCode), Collections.unmodifiableMap(withDescendants));
  }

  private static Mission map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Mission(
        rs.getString("code"),
        rs.getString("name"),
        MissionKind.valueOf(rs.getString("kind")),
        rs.getString("parent_code"),
        rs.getString("country_code"),
        new Mission.Contact(
            rs.getString("chief_of_mission"),
            rs.getString("phone"),
            rs.getString("email"),
            rs.getString("address")));
  }
}
