package org.homeward.organisation;

/**
 * An office of the organisation: headquarters, a regional office, a country mission ({@code MAR})
 * or a sub-office of one ({@code MAR-OUJ}), with the contact shown in the public directory.
 */
public record Mission(
    String code,
    String name,
    MissionKind kind,
    String parentCode,
    String countryCode,
    Contact contact) {

  /** Whom to call: the chief of mission (or head of office), a phone, an email, an address. */
  public record Contact(String chiefOfMission, String phone, String email, String address) {}
}
