package org.homeward.organisation;

/**
 * The access rules for personal records, asked by every module in its service layer so that the API
 * and the web pages obey the same ones (docs/access.md):
 *
 * <ul>
 *   <li>a user opens the cases held by their own mission and its sub-offices, and those handed over
 *       to their mission for reintegration;
 *   <li>a regional office reads its missions' cases but changes none;
 *   <li>headquarters and donors see aggregates only, never a person;
 *   <li>medical, trafficking and gender-based-violence details only for the roles with a need to
 *       know, and only on the cases their own mission works on.
 * </ul>
 */
public interface AccessPolicy {

  /** The cases {@code actor} may open (for lists and searches). */
  CaseScope readScope(Actor actor);

  /** The cases {@code actor} may change, a subset of {@link #readScope}. */
  CaseScope changeScope(Actor actor);

  default boolean canRead(Actor actor, Holding holding) {
    return actor.may(Permission.CASE_READ) && readScope(actor).covers(holding);
  }

  default boolean canChange(Actor actor, Holding holding) {
    return changeScope(actor).covers(holding);
  }

  /** May {@code actor} see the sensitive part (medical, protection) of this record? */
  default boolean canSeeSensitive(Actor actor, Holding holding) {
    return actor.may(Permission.SENSITIVE_READ) && canChange(actor, holding);
  }

  /** The missions whose aggregate figures and audit entries {@code actor} sees; empty for all. */
  java.util.Set<String> oversight(Actor actor);
}
