package org.homeward.movement.web;

import java.util.List;
import org.homeward.movement.FitnessOutcome;
import org.homeward.movement.TravelDocumentType;
import org.homeward.movement.readiness.CaseTravel;
import org.homeward.shared.web.FieldErrors;
import org.homeward.shared.web.Formats;

/**
 * The Travel section of a case page ({@code movement/case-travel :: panel}): each member's
 * documents, fitness and readiness, and the forms the reader may use.
 *
 * @param canManage may request and record travel documents on this case
 * @param canRecordFitness may record fitness checks on this case
 */
public record TravelSection(
    CaseTravel travel,
    List<Member> members,
    boolean canManage,
    boolean canRecordFitness,
    java.time.LocalDate today) {

  public TravelSection {
    members = List.copyOf(members);
  }

  /** A member of the household, numbered for the ids of their forms' fields. */
  public record Member(int index, CaseTravel.Member travel, List<Formats.Choice> consulates) {

    /** The prefix of the ids of one of this member's forms, unique on the page. */
    public String prefix(String form) {
      return "m" + index + "-" + form + "-";
    }
  }

  /** The section's forms have no errors: those come back on a page of their own. */
  public FieldErrors errors() {
    return FieldErrors.NONE;
  }

  public boolean offersForms() {
    return canManage || canRecordFitness;
  }

  /** The documents a movement officer may request. */
  public List<TravelDocumentType> documentTypes() {
    return List.of(TravelDocumentType.values());
  }

  public List<FitnessOutcome> outcomes() {
    return List.of(FitnessOutcome.values());
  }

  /** The request form of a member, as it first shows. */
  public TravelForms.RequestForm requestForm(Member m) {
    return TravelForms.RequestForm.blank(
        today, m.consulates().size() == 1 ? m.consulates().getFirst().value() : "");
  }

  public TravelForms.IssueForm issueForm() {
    return TravelForms.IssueForm.blank(today);
  }

  public TravelForms.CollectForm collectForm() {
    return TravelForms.CollectForm.blank(today);
  }

  public TravelForms.FitnessForm fitnessForm() {
    return TravelForms.FitnessForm.blank(today);
  }
}
