package org.homeward.reintegration.queue;

import java.util.List;
import org.homeward.registry.Case;
import org.homeward.reintegration.PlanStatus;
import org.homeward.reintegration.PlanType;
import org.homeward.reintegration.ReintegrationCase;

/**
 * A line of the origin mission's queue: the case, its household as the reader may see it, and how
 * far its reintegration has come.
 *
 * @param assessed how many of its returnees are assessed
 * @param plans the plans its returnees are in (cancelled ones left out)
 */
public record QueueEntry(
    ReintegrationCase file, Case household, boolean received, int assessed, List<PlanState> plans) {

  /** A plan's type and status, as the queue shows it. */
  public record PlanState(long id, PlanType type, PlanStatus status) {}

  /** The furthest step the case has reached, in the order the work goes. */
  public enum Stage {
    ARRIVED,
    RECEIVED,
    ASSESSED,
    PLAN_DRAFTED,
    PLAN_AWAITING_APPROVAL,
    PLAN_APPROVED,
    PLAN_COMPLETED
  }

  public QueueEntry {
    plans = List.copyOf(plans);
  }

  public Stage stage() {
    Stage stage = Stage.ARRIVED;
    for (PlanState p : plans) {
      Stage s =
          switch (p.status()) {
            case DRAFT -> Stage.PLAN_DRAFTED;
            case AWAITING_APPROVAL -> Stage.PLAN_AWAITING_APPROVAL;
            case APPROVED -> Stage.PLAN_APPROVED;
            case COMPLETED -> Stage.PLAN_COMPLETED;
            case CANCELLED -> Stage.ARRIVED;
          };
      if (s.compareTo(stage) > 0) {
        stage = s;
      }
    }
    if (stage != Stage.ARRIVED) {
      return stage;
    }
    if (assessed > 0) {
      return Stage.ASSESSED;
    }
    return received ? Stage.RECEIVED : Stage.ARRIVED;
  }

  /** Nothing is planned for the household yet: the work that waits. */
  public boolean waiting() {
    return plans.isEmpty();
  }
}
