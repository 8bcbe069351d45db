/** Reintegration in the country of origin: monitoring visits and sustainability scores. */
@org.springframework.modulith.ApplicationModule(
    displayName = "Reintegration",
    allowedDependencies = {"shared", "registry", "funding", "movement", "organisation", "audit"})
package org.homeward.reintegration;
