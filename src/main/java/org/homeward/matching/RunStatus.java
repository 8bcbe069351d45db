package org.homeward.matching;

import java.util.List;

/** Where a search of the whole registry stands. */
public enum RunStatus {
  RUNNING,
  /** Asked to stop; stops after the step it is in. */
  STOPPING,
  /** Stopped before the end; the next run resumes it. */
  STOPPED,
  COMPLETED,
  FAILED;

  /** The statuses of a run that has not stopped yet. */
  public static final List<RunStatus> ACTIVE = List.of(RUNNING, STOPPING);

  public boolean isActive() {
    return ACTIVE.contains(this);
  }
}
