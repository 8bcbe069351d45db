package org.homeward.reporting.exports;

import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.registry.CaseLine;
import org.homeward.registry.Vulnerability;
import org.homeward.shared.files.Csv;

/**
 * The columns of a case-list export, in order: a header a program can read, the HXL hashtag of the
 * column (none for a column that HXL tools should leave behind, such as a name), and the value. A
 * value is a {@link String} or, for counts, an {@link Integer}: the spreadsheet gets numbers it can
 * add up. docs/exports.md explains each column and tag.
 */
final class CaseColumns {

  /** One column: its header, its HXL hashtag (empty for none) and its value for a line. */
  record Column(String header, String hxl, Function<CaseLine, Object> value) {}

  static final List<Column> ALL =
      List.of(
          new Column("case_number", "#meta+id", CaseLine::caseNumber),
          new Column("mission", "#meta+mission", CaseLine::missionCode),
          new Column("status", "#status", l -> l.status().name()),
          new Column(
              "status_since",
              "#date+status",
              l -> l.statusChangedAt().atZone(ZoneOffset.UTC).toLocalDate().toString()),
          new Column("priority", "#severity", l -> l.priority().name()),
          new Column("principal_applicant", "", l -> Csv.text(l.principalName())),
          new Column("nationality", "#country+code", CaseLine::nationality),
          new Column("members", "#affected", CaseLine::members),
          new Column("girls", "#affected+f+children", CaseLine::girls),
          new Column("boys", "#affected+m+children", CaseLine::boys),
          new Column("women", "#affected+f+adults", CaseLine::women),
          new Column("men", "#affected+m+adults", CaseLine::men),
          new Column(
              "destination_country", "#country+code+destination", CaseLine::destinationCountry),
          new Column(
              "final_destination", "#loc+name+destination", l -> Csv.text(l.finalDestination())),
          new Column(
              "registration_site", "#loc+name+registration", l -> Csv.text(l.registrationSite())),
          new Column("registered_on", "#date+registered", l -> l.registrationDate().toString()),
          new Column(
              "vulnerabilities", "#description+vulnerabilities", l -> names(l.vulnerabilities())),
          new Column("protection_needs", "", l -> names(l.protectionNeeds())));

  private CaseColumns() {}

  static List<String> headers() {
    return ALL.stream().map(Column::header).toList();
  }

  static List<String> hashtags() {
    return ALL.stream().map(Column::hxl).toList();
  }

  static List<Object> values(CaseLine line) {
    return ALL.stream().map(c -> c.value().apply(line)).toList();
  }

  /** The categories by name, in their declared order, separated by semicolons. */
  private static String names(java.util.Set<Vulnerability> vulnerabilities) {
    return vulnerabilities.stream().sorted().map(Enum::name).collect(Collectors.joining(";"));
  }
}
