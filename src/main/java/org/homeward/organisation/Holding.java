package org.homeward.organisation;

/**
 * What the access rules need to know about a record: the mission that holds it and, for a case that
 * has left for its country of origin, that country, whose mission then takes over.
 *
 * @param handedOver the household has departed, so the mission in {@code destinationCountry}
 *     reintegrates it
 */
public record Holding(String missionCode, String destinationCountry, boolean handedOver) {}
