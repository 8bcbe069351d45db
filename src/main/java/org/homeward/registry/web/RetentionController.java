package org.homeward.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.Retention;
import org.homeward.registry.RetentionReport;
import org.homeward.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/retention")
@Tag(
    name = RetentionController.DATA_PROTECTION,
    description = RetentionController.DATA_PROTECTION_TEXT)
@Requires(Permission.RETENTION_MANAGE)
class RetentionController {

  static final String DATA_PROTECTION = "Data protection";
  static final String DATA_PROTECTION_TEXT =
      "Subject access, disclosures to third parties, and anonymising closed cases when they are due";

  private final Retention retention;

  RetentionController(Retention retention) {
    this.retention = retention;
  }

  @PostMapping("/previews")
  @Operation(
      operationId = "previewRetention",
      summary = "Dry run: which closed cases are due for anonymisation (nothing is changed)",
      description =
          "Kept as a preview that Location names; anonymising it later touches only the cases it"
              + " named that are still due.")
  @ApiResponse(responseCode = "201", description = "The preview, which Location names")
  ResponseEntity<RetentionReport> preview(Actor actor) {
    RetentionReport report = retention.preview(actor);
    return ResponseEntity.created(URI.create("/api/v1/retention/runs/" + report.id())).body(report);
  }

  @GetMapping("/runs/{id}")
  @Operation(
      operationId = "getRetentionRun",
      summary = "A preview or an anonymisation",
      description = "The cases it named, and when and by whom it was made or carried out.")
  RetentionReport run(@PathVariable String id, Actor actor) {
    return retention.find(uuid(id), actor);
  }

  @PostMapping("/previews/{id}/anonymisation")
  @Operation(
      operationId = "anonymiseDueCases",
      summary = "Anonymise the cases a preview named that are still due",
      description =
          "Identifying fields go for good (names, exact date of birth, phone, documents,"
              + " sensitive data, free-text reasons); what statistics need stays (nationality, sex,"
              + " year of birth, household shape, destination, dates and status).")
  RetentionReport anonymise(@PathVariable String id, Actor actor) {
    return retention.anonymise(uuid(id), actor);
  }

  private static UUID uuid(String id) {
    try {
      return UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("retention run", id);
    }
  }
}
