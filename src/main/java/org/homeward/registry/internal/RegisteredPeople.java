package org.homeward.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.homeward.organisation.CaseScope;
import org.homeward.registry.CaseId;
import org.homeward.registry.PersonId;
import org.homeward.registry.RegisteredPerson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The registry's people one by one, each with where their case is held. */
@Repository
public class RegisteredPeople {

  private final JdbcClient jdbc;
  private final PersonRows people;

  RegisteredPeople(JdbcClient jdbc, PersonRows people) {
    this.jdbc = jdbc;
    this.people = people;
  }

  private static final String PERSON_WITH_CASE =
      """
      SELECT p.id, p.case_id, p.given_name, p.family_name, p.sex, p.date_of_birth, p.dob_estimated,
        p.nationality, p.place_of_birth, p.phone, p.documents, p.merged_into, c.case_number,
        c.mission_code, c.destination_country, c.handed_over, c.status
      FROM registry_person p JOIN registry_case c ON c.id = p.case_id
      """;

  /** Every person within {@code scope}, one at a time, in the order of their ids. */
  public void forEachPerson(CaseScope scope, java.util.function.Consumer<RegisteredPerson> sink) {
    StringBuilder where = new StringBuilder(" WHERE TRUE");
    List<Object> params = new ArrayList<>();
    CaseRepository.within(scope, where, params);
    jdbc.sql(PERSON_WITH_CASE + where + " ORDER BY p.id")
        .params(params)
        .query(rs -> {
          sink.accept(people.registeredPerson(rs));
        });
  }

  /** The members of a case, in their order in it; none for an unknown case. */
  public List<RegisteredPerson> ofCase(CaseId id) {
    return jdbc.sql(PERSON_WITH_CASE + " WHERE p.case_id = ? ORDER BY p.position")
        .param(id.value())
        .query((rs, n) -> people.registeredPerson(rs))
        .list();
  }

  public Optional<RegisteredPerson> findPerson(PersonId id) {
    return jdbc.sql(PERSON_WITH_CASE + " WHERE p.id = ?")
        .param(id.value())
        .query((rs, n) -> people.registeredPerson(rs))
        .optional();
  }
}
