package org.homeward.reintegration.monitoring.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.homeward.reintegration.PlanType;
import org.homeward.reintegration.internal.Fields;
import org.homeward.reintegration.monitoring.ActivityStatus;
import org.homeward.reintegration.monitoring.Monitoring.Cohort;
import org.homeward.reintegration.monitoring.Monitoring.RecordVisit;
import org.homeward.reintegration.monitoring.VisitMode;
import org.homeward.shared.Violations;

/**
 * Reads a visit's fields and a cohort as the API and the pages send them (text), every problem
 * named under its field at once.
 */
final class VisitFields {

  private VisitFields() {}

  static RecordVisit visit(
      String mode,
      String activity,
      String doneOn,
      String notes,
      Map<String, String> answers,
      LocalDate today) {
    Violations v = new Violations();
    VisitMode m = Fields.choice(v, "mode", mode, VisitMode.class);
    ActivityStatus a = Fields.choice(v, "activity", activity, ActivityStatus.class);
    LocalDate day = Fields.optionalDate(v, "doneOn", doneOn, today, false);
    String text = Fields.optionalText(v, "notes", notes, 4000);
    v.throwIfAny();
    return new RecordVisit(m, a, day, text, answers == null ? Map.of() : answers);
  }

  /** A cohort: a blank field takes everyone. */
  static Cohort cohort(String nationality, String sex, String planType) {
    Violations v = new Violations();
    String n = Fields.blank(nationality) ? null : nationality.strip().toUpperCase(Locale.ROOT);
    v.check(
        n == null || n.matches("[A-Z]{3}"), "nationality", "malformed", "an ISO 3166 alpha-3 code");
    String s = Fields.blank(sex) ? null : sex.strip().toUpperCase(Locale.ROOT);
    v.check(
        s == null || s.equals("M") || s.equals("F") || s.equals("X"),
        "sex",
        "unknown-value",
        "F, M or X");
    PlanType type = Fields.optionalChoice(v, "planType", planType, PlanType.class);
    v.throwIfAny();
    return new Cohort(n, s, type == null ? null : type.name());
  }
}
