package org.homeward.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.OptionalLong;
import org.homeward.matching.ExtraNameVariants;
import org.homeward.matching.NameVariantTable;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.web.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(
    name = "Name variants",
    description = "The spellings an administrator adds to the shipped table of name variants")
class NameVariantsController {

  static final String PATH = "/api/v1/matching/name-variants";

  private final ExtraNameVariants variants;

  NameVariantsController(ExtraNameVariants variants) {
    this.variants = variants;
  }

  /** The extra table in force. */
  record NameVariantsResponse(
      String text,
      long version,
      String savedBy,
      Instant savedAt,
      int shippedGroups,
      int extraGroups) {

    static NameVariantsResponse of(NameVariantTable table) {
      return new NameVariantsResponse(
          table.text(),
          table.version(),
          table.savedBy(),
          table.savedAt(),
          table.shippedGroups(),
          table.extraGroups());
    }
  }

  /** A new extra table, in the shipped file's format. */
  record NameVariantsRequest(String text) {}

  @Requires(Permission.NAME_VARIANTS_MANAGE)
  @GetMapping(PATH)
  @Operation(
      operationId = "getNameVariants",
      summary = "The extra name variants in force",
      description =
          "The administrator's groups of spellings, used with the shipped table for every"
              + " check: its text (one group per line, comma-separated, # starts a comment), its"
              + " version (also the ETag; 0 before the first save), who saved it and when, and"
              + " how many groups the shipped table and the extra text hold.")
  ResponseEntity<NameVariantsResponse> get(Actor actor) {
    return respond(variants.current(actor));
  }

  @Requires(Permission.NAME_VARIANTS_MANAGE)
  @PutMapping(PATH)
  @Operation(
      operationId = "replaceNameVariants",
      summary = "Replace the extra name variants",
      description =
          "{\"text\":\"tidiane,tijani\\nbangoura,bangura\"}: the whole extra table, kept as a new"
              + " version (older versions stay stored). Send the ETag you read in If-Match: 412"
              + " when someone saved since, 428 without it. Each problem names its line in"
              + " errors[].message (field text), and nothing is saved then. The answer comes"
              + " once checks compare names with the new table.")
  ResponseEntity<NameVariantsResponse> put(
      @RequestHeader("If-Match") String ifMatch,
      @RequestBody NameVariantsRequest request,
      Actor actor) {
    OptionalLong expected = ETags.version(ifMatch);
    long version = expected.isPresent() ? expected.getAsLong() : variants.current(actor).version();
    return respond(variants.save(request.text(), version, actor));
  }

  private static ResponseEntity<NameVariantsResponse> respond(NameVariantTable table) {
    return ResponseEntity.ok().eTag(ETags.of(table.version())).body(NameVariantsResponse.of(table));
  }
}
