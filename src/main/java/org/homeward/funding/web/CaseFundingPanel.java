package org.homeward.funding.web;

import java.util.List;
import java.util.Optional;
import org.homeward.funding.Commitment;
import org.homeward.funding.Ledger;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.Case;
import org.homeward.registry.CasePanel;
import org.springframework.stereotype.Component;

/**
 * The case page's funding section, for readers of the mission's books: the project each commitment
 * of the case is on, what it reserved and what is still held, and the chief of mission's
 * justification when it was let through without funds.
 */
@Component
class CaseFundingPanel implements CasePanel {

  private final Ledger ledger;

  CaseFundingPanel(Ledger ledger) {
    this.ledger = ledger;
  }

  @Override
  public String template() {
    return "funding/case-panel";
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Optional<List<Commitment>> data(Case c, Actor actor) {
    if (!actor.may(Permission.FUNDING_READ)) {
      return Optional.empty();
    }
    List<Commitment> commitments = ledger.commitmentsOf(c.id(), actor);
    return commitments.isEmpty() ? Optional.empty() : Optional.of(commitments.reversed());
  }
}
