package org.homeward.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.CaseId;
import org.homeward.registry.Cases;
import org.homeward.registry.PersonExport;
import org.homeward.registry.PersonId;
import org.homeward.registry.internal.PersonExportPdf;
import org.homeward.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Data-protection requests: everything held about a person, as JSON or a printable PDF, and the
 * record of disclosures to third parties.
 */
@RestController
@Tag(
    name = RetentionController.DATA_PROTECTION,
    description = RetentionController.DATA_PROTECTION_TEXT)
@Requires(Permission.PERSON_EXPORT)
class PersonExportController {

  static final String EXPORT_SUMMARY = "Everything held about a person (audited, with its purpose)";
  static final String EXPORT_DESCRIPTION =
      "A subject access request: the person, their household and the case's history, as JSON or,"
          + " with Accept: application/pdf, a printable PDF. The export and its purpose are kept in"
          + " the audit trail.";

  private final Cases cases;

  PersonExportController(Cases cases) {
    this.cases = cases;
  }

  record PersonRecordResponse(
      Instant exportedAt,
      String exportedBy,
      String purpose,
      CaseResponse.MemberResponse person,
      CaseResponse household,
      List<HistoryEntryResponse> history) {}

  @GetMapping(
      path = "/api/v1/cases/{id}/members/{memberId}/export",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      operationId = "exportPerson",
      summary = EXPORT_SUMMARY,
      description = EXPORT_DESCRIPTION)
  PersonRecordResponse json(
      @PathVariable String id,
      @PathVariable String memberId,
      @RequestParam(required = false) String purpose,
      Actor actor) {
    PersonExport record = export(id, memberId, purpose, actor);
    LocalDate today = LocalDate.ofInstant(record.exportedAt(), ZoneOffset.UTC);
    return new PersonRecordResponse(
        record.exportedAt(),
        record.exportedBy(),
        record.purpose(),
        CaseResponse.MemberResponse.of(record.person(), today),
        CaseResponse.of(record.household(), today),
        record.history().stream().map(HistoryEntryResponse::of).toList());
  }

  @GetMapping(
      path = "/api/v1/cases/{id}/members/{memberId}/export",
      produces = MediaType.APPLICATION_PDF_VALUE)
  @Operation(
      operationId = "exportPerson",
      summary = EXPORT_SUMMARY,
      description = EXPORT_DESCRIPTION)
  ResponseEntity<byte[]> pdf(
      @PathVariable String id,
      @PathVariable String memberId,
      @RequestParam(required = false) String purpose,
      Actor actor) {
    PersonExport record = export(id, memberId, purpose, actor);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(record.household().caseNumber() + "-person.pdf")
                .build()
                .toString())
        .body(PersonExportPdf.render(record));
  }

  @org.springframework.web.bind.annotation.PostMapping("/api/v1/cases/{id}/disclosures")
  @Operation(
      operationId = "recordDisclosure",
      summary = "Record a disclosure of the case's data to a third party (audited)",
      description =
          "The recipient, the purpose and which data went to them: kept in the audit trail.")
  @ApiResponse(responseCode = "204", description = "Recorded")
  ResponseEntity<Void> disclose(
      @PathVariable String id,
      @org.springframework.web.bind.annotation.RequestBody
          org.homeward.registry.Disclosure disclosure,
      Actor actor) {
    cases.recordDisclosure(
        CaseId.parse(id).orElseThrow(() -> new NotFoundException("case", id)), disclosure, actor);
    return ResponseEntity.noContent().build();
  }

  private PersonExport export(String id, String memberId, String purpose, Actor actor) {
    CaseId caseId = CaseId.parse(id).orElseThrow(() -> new NotFoundException("case", id));
    PersonId person;
    try {
      person = new PersonId(UUID.fromString(memberId));
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("person", memberId);
    }
    return cases.exportPerson(caseId, person, purpose, actor);
  }
}
