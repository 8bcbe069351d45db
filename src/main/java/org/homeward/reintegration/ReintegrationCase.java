package org.homeward.reintegration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.homeward.registry.CaseId;

/**
 * A case in reintegration: opened when its arrival was confirmed, held by the mission of its
 * country of return.
 *
 * @param hostMission the mission that held the case before departure (e.g. {@code MAR})
 * @param originMission the mission that received it (e.g. {@code CMR})
 * @param arrivedOn the day of arrival, in the time zone of the server's clock
 * @param officer the reintegration officer following the case, null until someone takes it
 */
public record ReintegrationCase(
    CaseId caseId,
    String caseNumber,
    String hostMission,
    String destinationCountry,
    String originMission,
    Instant arrivedAt,
    LocalDate arrivedOn,
    String officer) {

  public ReintegrationCase {
    Objects.requireNonNull(caseId, "caseId");
    Objects.requireNonNull(arrivedOn, "arrivedOn");
  }
}
