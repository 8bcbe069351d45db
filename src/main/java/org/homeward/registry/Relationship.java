package org.homeward.registry;

/** How a member relates to the household's principal applicant. */
public enum Relationship {
  PRINCIPAL,
  SPOUSE,
  CHILD,
  PARENT,
  SIBLING,
  GRANDCHILD,
  GRANDPARENT,
  OTHER_RELATIVE,
  OTHER
}
