package org.homeward.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormFieldsTest {

  @Test
  void aRequiredTextIsStrippedAndBoundedEachProblemNamedUnderItsField() {
    Violations v = new Violations();
    assertThat(FormFields.text(v, "vendor", "  Atelier Ngono  ", 20)).isEqualTo("Atelier Ngono");
    assertThat(FormFields.text(v, "sector", "   ", 20)).isNull();
    assertThat(FormFields.optionalText(v, "notes", "x".repeat(21), 20)).isNull();
    assertThat(FormFields.optionalText(v, "notes2", null, 20)).isNull();
    assertThat(v.list())
        .extracting(Violation::field, Violation::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sector", "required"),
            org.assertj.core.groups.Tuple.tuple("notes", "too-long"));
  }

  @Test
  void aDayIsWrittenYearMonthDayAndMustExist() {
    assertThat(FormFields.day("2026-12-01")).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(FormFields.day("2026-02-30")).isNull();
    assertThat(FormFields.day("1/12/2026")).isNull();
    assertThat(FormFields.day("2026-12-1")).isNull();
    assertThat(FormFields.day(null)).isNull();
  }
}
