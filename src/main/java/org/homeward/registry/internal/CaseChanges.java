package org.homeward.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.audit.FieldChange;
import org.homeward.registry.Case;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;

/** The fields that differ between two versions of a case, for the audit trail. */
public final class CaseChanges {

  private static final List<Field<Case>> CASE_FIELDS =
      List.of(
          new Field<>("destinationCountry", Case::destinationCountry),
          new Field<>("finalDestination", Case::finalDestination),
          new Field<>("registrationSite", Case::registrationSite),
          new Field<>("registrationDate", Case::registrationDate),
          new Field<>("priority", c -> c.priority().score()));

  private static final List<Field<Person>> PERSON_FIELDS =
      List.of(
          new Field<>("relationship", Person::relationship),
          new Field<>("givenName", Person::givenName),
          new Field<>("familyName", Person::familyName),
          new Field<>("otherNames", Person::otherNames),
          new Field<>("sex", Person::sex),
          new Field<>("dateOfBirth", Person::dateOfBirth),
          new Field<>("dobEstimated", Person::dobEstimated),
          new Field<>("nationality", Person::nationality),
          new Field<>("placeOfBirth", Person::placeOfBirth),
          new Field<>("languages", Person::languages),
          new Field<>("phone", Person::phone),
          new Field<>("currentCity", Person::currentCity),
          new Field<>("documents", Person::documents),
          // the trail is not encrypted: it names the open categories, and only says that the
          // sealed medical and protection part changed, never what it holds
          new Field<>(
              "vulnerabilities",
              p -> p.vulnerabilities().stream().filter(v -> !v.isSensitive()).sorted().toList()),
          new Field<>("sensitiveData", CaseChanges::sealedPart));

  private static final String SEALED = "[sealed]";

  private record Field<T>(String name, Function<T, Object> value) {}

  private CaseChanges() {}

  /** Compared, never written: a change shows as "[sealed]" on both sides. */
  private static Object sealedPart(Person p) {
    return new SealedPart(
        p.vulnerabilities().stream().filter(v -> v.isSensitive()).sorted().toList(),
        p.vulnerabilityNotes());
  }

  private record SealedPart(List<?> categories, String notes) {
    @Override
    public String toString() {
      return SEALED;
    }
  }

  public static List<FieldChange> between(Case before, Case after) {
    List<FieldChange> changes = new ArrayList<>();
    compare("", CASE_FIELDS, before, after, changes);
    Map<PersonId, Person> old =
        before.members().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    for (Person person : after.members()) {
      String path = "members[" + person.id() + "]";
      Person previous = old.remove(person.id());
      if (previous == null) {
        changes.add(new FieldChange(path, null, person.fullName()));
      } else {
        compare(path + ".", PERSON_FIELDS, previous, person, changes);
      }
    }
    old.values()
        .forEach(p -> changes.add(new FieldChange("members[" + p.id() + "]", p.fullName(), null)));
    return changes;
  }

  /** Every field of a newly registered case, as changes from nothing. */
  public static List<FieldChange> created(Case c) {
    List<FieldChange> changes = new ArrayList<>();
    for (Field<Case> field : CASE_FIELDS) {
      Object value = plain(field.value().apply(c));
      if (value != null) {
        changes.add(new FieldChange(field.name(), null, value));
      }
    }
    for (Person person : c.members()) {
      changes.add(new FieldChange("members[" + person.id() + "]", null, person.fullName()));
    }
    return changes;
  }

  private static <T> void compare(
      String prefix, List<Field<T>> fields, T before, T after, List<FieldChange> changes) {
    for (Field<T> field : fields) {
      Object was = field.value().apply(before);
      Object is = field.value().apply(after);
      if (!Objects.equals(was, is)) {
        changes.add(new FieldChange(prefix + field.name(), plain(was), plain(is)));
      }
    }
  }

  /** Values as the JSON of the trail shows them: text, numbers, booleans and lists of text. */
  private static Object plain(Object value) {
    if (value == null || value instanceof Number || value instanceof Boolean) {
      return value;
    }
    if (value instanceof List<?> list) {
      return list.isEmpty() ? null : list.stream().map(String::valueOf).toList();
    }
    return value.toString();
  }
}
