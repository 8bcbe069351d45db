package org.homeward.reporting.dashboard.internal;

import org.homeward.registry.CaseRegistered;
import org.homeward.registry.CaseStatusChanged;
import org.homeward.registry.CaseUpdated;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every event that changes what a case counts for has the case counted again from the registry's
 * facts, after the change committed: registered, edited (members joined or left), a status changed
 * (withdrawn, eligible, no-show, departed, closed...), departed, arrived, a plan approved, its
 * monitoring completed. Counting again is idempotent, so an event handled twice (after a restart)
 * or out of order leaves the counts right.
 */
@Component
class CountOnChange {

  private final SummaryKeeper keeper;

  CountOnChange(SummaryKeeper keeper) {
    this.keeper = keeper;
  }

  @ApplicationModuleListener
  void on(CaseRegistered registered) {
    keeper.refresh(registered.caseId());
  }

  @ApplicationModuleListener
  void on(CaseUpdated updated) {
    keeper.refresh(updated.caseId());
  }

  @ApplicationModuleListener
  void on(CaseStatusChanged changed) {
    keeper.refresh(changed.caseId());
  }
}
