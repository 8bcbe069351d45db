package org.homeward.funding;

import java.util.EnumSet;
import java.util.Set;
import org.homeward.registry.Vulnerability;

/**
 * Whom a project may pay for, besides its missions and destinations: a household belongs to a group
 * when one of its members does. The medical and protection categories (trafficking, gender-based
 * violence, medical conditions, mental health) are not groups of their own: funding never learns
 * them, and a commitment on a project for "trafficking victims" would tell every reader of the
 * ledger what happened to a person. A project for them targets {@link #VULNERABLE}.
 */
public enum TargetGroup {
  /** Anyone under 18. */
  MINORS(null),
  UNACCOMPANIED_CHILDREN(Vulnerability.UNACCOMPANIED_CHILD),
  PREGNANT_WOMEN(Vulnerability.PREGNANT),
  SINGLE_PARENTS(Vulnerability.SINGLE_PARENT),
  PERSONS_WITH_DISABILITIES(Vulnerability.DISABILITY),
  OLDER_PERSONS(Vulnerability.OLDER_PERSON),
  /** Anyone with a vulnerability of any kind, medical and protection ones included. */
  VULNERABLE(null);

  private final Vulnerability vulnerability;

  TargetGroup(Vulnerability vulnerability) {
    this.vulnerability = vulnerability;
  }

  /** The groups a person belongs to. */
  public static Set<TargetGroup> of(boolean minor, Set<Vulnerability> vulnerabilities) {
    EnumSet<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
    if (minor) {
      groups.add(MINORS);
    }
    if (!vulnerabilities.isEmpty()) {
      groups.add(VULNERABLE);
    }
    for (TargetGroup group : values()) {
      if (group.vulnerability != null && vulnerabilities.contains(group.vulnerability)) {
        groups.add(group);
      }
    }
    return groups;
  }
}
