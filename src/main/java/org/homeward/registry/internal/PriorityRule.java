package org.homeward.registry.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.homeward.registry.Person;
import org.homeward.registry.Priority;
import org.homeward.registry.PriorityLevel;
import org.homeward.registry.Vulnerability;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * A case's priority from its members' vulnerabilities (recorded and derived). Each category has a
 * weight (configurable as {@code homeward.registry.priority.weights.<CATEGORY>}); the case scores
 * its heaviest weight plus a tenth of every other one, so a household's most serious need decides
 * and further needs break ties. Levels: 80 and above URGENT, 60 HIGH, 1 MEDIUM, else STANDARD.
 */
@org.springframework.stereotype.Component
@ConfigurationProperties("homeward.registry.priority")
public class PriorityRule {

  static final Map<Vulnerability, Integer> DEFAULT_WEIGHTS = new EnumMap<>(Vulnerability.class);

  static {
    DEFAULT_WEIGHTS.put(Vulnerability.UNACCOMPANIED_CHILD, 90);
    DEFAULT_WEIGHTS.put(Vulnerability.SERIOUS_MEDICAL_CONDITION, 80);
    DEFAULT_WEIGHTS.put(Vulnerability.TRAFFICKING_VICTIM, 80);
    DEFAULT_WEIGHTS.put(Vulnerability.PREGNANT, 70);
    DEFAULT_WEIGHTS.put(Vulnerability.GBV_SURVIVOR, 70);
    DEFAULT_WEIGHTS.put(Vulnerability.SINGLE_PARENT, 60);
    DEFAULT_WEIGHTS.put(Vulnerability.DISABILITY, 50);
    DEFAULT_WEIGHTS.put(Vulnerability.MENTAL_HEALTH, 50);
    DEFAULT_WEIGHTS.put(Vulnerability.OLDER_PERSON, 40);
  }

  private final Map<Vulnerability, Integer> weights = new EnumMap<>(DEFAULT_WEIGHTS);

  public Map<Vulnerability, Integer> getWeights() {
    return weights;
  }

  public Priority of(List<Person> members) {
    List<Integer> found = new ArrayList<>();
    for (Person member : members) {
      for (Vulnerability vulnerability : member.allVulnerabilities()) {
        found.add(weights.getOrDefault(vulnerability, 0));
      }
    }
    if (found.isEmpty()) {
      return Priority.NONE;
    }
    found.sort(Comparator.reverseOrder());
    int score = found.getFirst();
    int rest = found.stream().skip(1).mapToInt(Integer::intValue).sum();
    score += Math.round(rest / 10f);
    return new Priority(score, level(score));
  }

  static PriorityLevel level(int score) {
    if (score >= 80) {
      return PriorityLevel.URGENT;
    }
    if (score >= 60) {
      return PriorityLevel.HIGH;
    }
    return score > 0 ? PriorityLevel.MEDIUM : PriorityLevel.STANDARD;
  }
}
