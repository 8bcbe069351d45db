package org.homeward.organisation;

/**
 * An office of the organisation: headquarters, a regional office, a country mission ({@code MAR})
 * or a sub-office of one ({@code MAR-OUJ}).
 */
public record Mission(
    String code, String name, MissionKind kind, String parentCode, String countryCode) {}
