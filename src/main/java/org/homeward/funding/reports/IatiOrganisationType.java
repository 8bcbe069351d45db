package org.homeward.funding.reports;

/** The IATI OrganisationType codelist (2.03): what kind of body an organisation is. */
public enum IatiOrganisationType {
  GOVERNMENT("10"),
  LOCAL_GOVERNMENT("11"),
  OTHER_PUBLIC_SECTOR("15"),
  INTERNATIONAL_NGO("21"),
  NATIONAL_NGO("22"),
  REGIONAL_NGO("23"),
  PARTNER_COUNTRY_BASED_NGO("24"),
  PUBLIC_PRIVATE_PARTNERSHIP("30"),
  MULTILATERAL("40"),
  FOUNDATION("60"),
  PRIVATE_SECTOR("70"),
  PRIVATE_SECTOR_IN_PROVIDER_COUNTRY("71"),
  PRIVATE_SECTOR_IN_AID_RECIPIENT_COUNTRY("72"),
  PRIVATE_SECTOR_IN_THIRD_COUNTRY("73"),
  ACADEMIC("80"),
  OTHER("90");

  private final String code;

  IatiOrganisationType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
