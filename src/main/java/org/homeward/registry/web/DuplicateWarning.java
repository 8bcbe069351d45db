package org.homeward.registry.web;

import java.util.ArrayList;
import java.util.List;
import org.homeward.organisation.Actor;
import org.homeward.registry.DuplicateCheck;
import org.homeward.registry.web.RegistrationForm.MemberForm;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The people already registered who may be one member row of the registration form.
 *
 * @param row the member's row number on the form, from 0
 * @param name the member's name as typed
 */
record DuplicateWarning(int row, String name, List<DuplicateCheck.Candidate> candidates) {

  DuplicateWarning {
    candidates = List.copyOf(candidates);
  }

  /** A warning for every member row that has possible duplicates, in the order of the form. */
  static List<DuplicateWarning> of(
      RegistrationForm form, ObjectProvider<DuplicateCheck> check, Actor actor) {
    List<DuplicateWarning> warnings = new ArrayList<>();
    for (int row = 0; row < form.members().size(); row++) {
      DuplicateWarning warning = of(row, form.members().get(row), check, actor);
      if (!warning.candidates().isEmpty()) {
        warnings.add(warning);
      }
    }
    return warnings;
  }

  static DuplicateWarning of(
      int row, MemberForm member, ObjectProvider<DuplicateCheck> check, Actor actor) {
    String name = (member.givenName() + " " + member.familyName()).strip();
    DuplicateCheck duplicates = check.getIfAvailable();
    if (duplicates == null || name.isEmpty()) {
      return new DuplicateWarning(row, name, List.of());
    }
    return new DuplicateWarning(row, name, duplicates.candidates(member.details(), actor));
  }
}
