package org.homeward.reintegration.partners;

import java.time.Instant;
import java.util.List;

/**
 * An implementing partner of a mission in the country of return: who they are, whom to call, and
 * the services they offer returnees (a course, a loan, care). Reference data of the mission: plain
 * to keep, audited.
 *
 * @param active false for a partner the mission no longer works with (kept for its referrals)
 */
public record Partner(
    long id,
    String missionCode,
    String name,
    PartnerKind kind,
    String city,
    String address,
    String contactName,
    String phone,
    String email,
    List<String> services,
    String notes,
    boolean active,
    long version,
    Instant updatedAt,
    String updatedBy) {

  public Partner {
    services = List.copyOf(services);
  }
}
