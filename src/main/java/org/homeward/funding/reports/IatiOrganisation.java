package org.homeward.funding.reports;

import java.util.Objects;

/**
 * An organisation as IATI names it.
 *
 * @param ref its IATI organisation identifier ({@code {RegistrationAgency}-{RegistrationNumber}},
 *     e.g. {@code XM-DAC-47066}), or null when it has none: the name then identifies it
 * @param type null when not known (allowed for participants and transaction parties, not for the
 *     reporting organisation)
 */
public record IatiOrganisation(String ref, String name, IatiOrganisationType type) {

  public IatiOrganisation {
    ref = ReportText.optional(ref, "ref");
    name = ReportText.required(name, "name");
  }

  public IatiOrganisation(String ref, String name) {
    this(ref, name, null);
  }

  /** The reporting organisation must have a ref and a type (the schema requires both). */
  IatiOrganisation requireReportable() {
    if (ref == null) {
      throw new IllegalArgumentException("the reporting organisation needs an IATI ref: " + name);
    }
    Objects.requireNonNull(type, "the reporting organisation needs a type: " + name);
    return this;
  }
}
