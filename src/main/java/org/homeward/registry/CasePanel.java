package org.homeward.registry;

import java.util.Optional;
import org.homeward.organisation.Actor;

/**
 * A section that a module above the registry adds to a case's page, such as funding's commitments
 * or movement's travel documents. The registry's page shows, in order, each panel that has
 * something for the reader, without knowing the modules behind them.
 *
 * <p>The panel's template holds a fragment {@code panel(data)}, which the page includes with what
 * {@link #data} gave.
 */
public interface CasePanel {

  /** The template that holds the fragment {@code panel(data)}, e.g. {@code funding/case-panel}. */
  String template();

  /** Where the panel goes among the others: lower first. */
  default int order() {
    return 100;
  }

  /**
   * What the panel shows of the case to this reader, or empty when there is nothing for them (they
   * may not see it, or there is nothing yet). Called on every view of the page: keep it to one or
   * two queries.
   */
  Optional<?> data(Case c, Actor actor);
}
