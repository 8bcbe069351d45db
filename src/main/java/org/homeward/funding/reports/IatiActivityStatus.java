package org.homeward.funding.reports;

/** The IATI ActivityStatus codelist: where a project stands in its life. */
public enum IatiActivityStatus {
  PIPELINE("1"),
  IMPLEMENTATION("2"),
  FINALISATION("3"),
  CLOSED("4"),
  CANCELLED("5"),
  SUSPENDED("6");

  private final String code;

  IatiActivityStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
