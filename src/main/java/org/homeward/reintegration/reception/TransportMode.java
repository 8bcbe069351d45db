package org.homeward.reintegration.reception;

/** How a returnee travelled on from the airport to their final destination. */
public enum TransportMode {
  BUS,
  TAXI,
  TRAIN,
  FLIGHT,
  MISSION_VEHICLE,
  OWN_MEANS
}
