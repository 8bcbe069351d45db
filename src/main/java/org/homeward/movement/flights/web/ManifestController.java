package org.homeward.movement.flights.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Set;
import org.homeward.movement.flights.Manifest;
import org.homeward.movement.flights.ManifestCsv;
import org.homeward.movement.flights.ManifestPdf;
import org.homeward.movement.flights.Manifests;
import org.homeward.movement.flights.web.Responses.ManifestResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.web.ReaderLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/movement/flights/{id}")
@Tag(
    name = "Manifests",
    description = "A flight's passengers as the airline and the border need them: JSON, CSV, PDF")
class ManifestController {

  static final Set<String> LANGUAGES = ReaderLanguage.CODES;

  private final Manifests manifests;
  private final MessageSource messages;

  ManifestController(Manifests manifests, MessageSource messages) {
    this.manifests = manifests;
    this.messages = messages;
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping("/manifest")
  @Operation(
      operationId = "getFlightManifest",
      summary = "A flight's manifest",
      description =
          "Every passenger of the households booked on the flight (or gone with it), in booking"
              + " order: name, sex, date of birth, nationality, the travel document (a passport"
              + " first, then a laissez-passer, one valid on the flight's day before an expired"
              + " one), seat or lap, medical escort, special needs (open vulnerability categories,"
              + " never a medical or protection detail) and boarding; the seats and escorts; the"
              + " manifest's revision. A receiving mission sees the households handed over to"
              + " it.")
  ManifestResponse manifest(@PathVariable String id, Actor actor) {
    return ManifestResponse.of(manifests.of(Json.flightId(id), actor));
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping(path = "/manifest.csv", produces = "text/csv")
  @Operation(
      operationId = "getFlightManifestCsv",
      summary = "A flight's manifest as CSV",
      description =
          "RFC 4180, UTF-8, one row per passenger: flight, case_number, family_name, given_name,"
              + " sex, date_of_birth, date_of_birth_estimated, nationality, document_type,"
              + " document_number, seat (SEAT or LAP_INFANT), medical_escort, special_needs"
              + " (codes separated by ;) and boarding. The export is audited.")
  @ApiResponse(
      responseCode = "200",
      description = "The manifest",
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  ResponseEntity<byte[]> csv(@PathVariable String id, Actor actor) {
    Manifest manifest = manifests.export(Json.flightId(id), "csv", actor);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ManifestCsv.write(manifest, out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ManifestCsv.MEDIA_TYPE))
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(manifest, "csv"))
        .body(out.toByteArray());
  }

  @Requires(Permission.MOVEMENT_READ)
  @GetMapping(path = "/manifest.pdf", produces = ManifestPdf.MEDIA_TYPE)
  @Operation(
      operationId = "getFlightManifestPdf",
      summary = "A flight's manifest as a printable PDF",
      description =
          "One document per flight, A4 landscape: the flight, the manifest's revision and when"
              + " it was printed, the seats and escorts, then every passenger with a column to"
              + " tick at the gate. lang (fr, en or ar) or else Accept-Language picks the"
              + " language. The export is audited.")
  @ApiResponse(
      responseCode = "200",
      description = "The manifest",
      content =
          @Content(
              mediaType = ManifestPdf.MEDIA_TYPE,
              schema = @Schema(type = "string", format = "binary")))
  ResponseEntity<byte[]> pdf(
      @PathVariable String id,
      @Parameter(description = "fr, en or ar; else Accept-Language") @RequestParam(required = false)
          String lang,
      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage,
      Actor actor) {
    if (!FlightForm.blank(lang) && !LANGUAGES.contains(lang.strip())) {
      throw InvalidInputException.of("lang", "unknown-value", "fr, en or ar, not " + lang.strip());
    }
    Locale reader = ReaderLanguage.pick(lang, acceptLanguage, Locale.ENGLISH);
    Manifest manifest = manifests.export(Json.flightId(id), "pdf", actor);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ManifestPdf.write(manifest, reader, key -> messages.getMessage(key, null, key, reader), out);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(manifest, "pdf"))
        .header(HttpHeaders.CONTENT_LANGUAGE, reader.getLanguage())
        .body(out.toByteArray());
  }

  private static String attachment(Manifest manifest, String extension) {
    var d = manifest.flight().details();
    String name =
        "manifest-"
            + manifest.flight().id()
            + "-"
            + d.departureAirport()
            + "-"
            + d.arrivalAirport()
            + "-"
            + d.date()
            + "-r"
            + manifest.revision()
            + "."
            + extension;
    return ContentDisposition.attachment().filename(name).build().toString();
  }
}
