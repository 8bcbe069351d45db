package org.homeward.registry.web;

import io.swagger.v3.oas.annotations.Operation;
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
@Tag(name = "Data protection")
@Requires(Permission.RETENTION_MANAGE)
class RetentionController {

  private final Retention retention;

  RetentionController(Retention retention) {
    this.retention = retention;
  }

  @PostMapping("/previews")
  @Operation(summary = "Dry run: which closed cases are due for anonymisation (nothing is changed)")
  ResponseEntity<RetentionReport> preview(Actor actor) {
    RetentionReport report = retention.preview(actor);
    return ResponseEntity.created(URI.create("/api/v1/retention/runs/" + report.id())).body(report);
  }

  @GetMapping("/runs/{id}")
  @Operation(summary = "A preview or an anonymisation")
  RetentionReport run(@PathVariable String id, Actor actor) {
    return retention.find(uuid(id), actor);
  }

  @PostMapping("/previews/{id}/anonymisation")
  @Operation(summary = "Anonymise the cases a preview named that are still due")
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
