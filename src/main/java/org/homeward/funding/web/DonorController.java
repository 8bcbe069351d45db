package org.homeward.funding.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.homeward.funding.Donor;
import org.homeward.funding.DonorKind;
import org.homeward.funding.internal.Donors;
import org.homeward.funding.internal.Fields;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.ConflictException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/funding/donors")
@Tag(name = "Donors", description = "Governments, multilateral bodies and private givers")
class DonorController {

  private final Donors donors;

  DonorController(Donors donors) {
    this.donors = donors;
  }

  /** Someone to talk to at the donor. */
  record ContactJson(String name, String role, String email, String phone) {}

  /** A donor as sent: its name, kind, country, contacts and the users who read its figures. */
  record DonorRequest(
      String name,
      String kind,
      String countryCode,
      List<ContactJson> contacts,
      List<String> viewers) {

    Donor toDonor() {
      Violations v = new Violations();
      String name = Fields.text(v, "name", this.name, 200);
      DonorKind kind = Fields.choice(v, "kind", this.kind, DonorKind.class);
      String country =
          Fields.blank(countryCode) ? null : Fields.country(v, "countryCode", countryCode);
      List<Donor.Contact> people = new java.util.ArrayList<>();
      List<ContactJson> given = contacts == null ? List.of() : contacts;
      v.check(given.size() <= 20, "contacts", "too-many", "at most 20 contacts");
      for (int i = 0; i < given.size() && i < 20; i++) {
        ContactJson c = given.get(i);
        Violations at = v.at("contacts[" + i + "]");
        if (c == null) {
          at.add("", "required", "a contact is an object with at least a name");
          continue;
        }
        String contactName = Fields.text(at, "name", c.name(), 200);
        String role = Fields.optionalText(at, "role", c.role(), 200);
        String email = Fields.optionalText(at, "email", c.email(), 200);
        if (email != null) {
          at.check(
              email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
              "email",
              "malformed",
              "not an e-mail address");
        }
        String phone = Fields.optionalText(at, "phone", c.phone(), 40);
        if (contactName != null) {
          people.add(new Donor.Contact(contactName, role, email, phone));
        }
      }
      List<String> users = viewers == null ? List.of() : viewers;
      for (int i = 0; i < users.size(); i++) {
        String user = users.get(i);
        v.check(
            user != null && user.matches("[a-z0-9._-]{2,64}"),
            "viewers[" + i + "]",
            "malformed",
            "a username: 2 to 64 lower-case letters, digits, dots, dashes or underscores");
      }
      v.throwIfAny();
      return new Donor(null, name, kind, country, people, users, 0);
    }
  }

  record DonorResponse(
      long id,
      String name,
      DonorKind kind,
      String countryCode,
      List<ContactJson> contacts,
      List<String> viewers,
      long version) {

    static DonorResponse of(Donor d) {
      return new DonorResponse(
          d.id().value(),
          d.name(),
          d.kind(),
          d.countryCode(),
          d.contacts().stream()
              .map(c -> new ContactJson(c.name(), c.role(), c.email(), c.phone()))
              .toList(),
          d.viewers(),
          d.version());
    }
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping
  @Operation(
      operationId = "listDonors",
      summary = "Every donor",
      description = "Donors by name, with their contacts and the users who read their figures.")
  List<DonorResponse> list(Actor actor) {
    return donors.all(actor).stream().map(DonorResponse::of).toList();
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PostMapping
  @Operation(
      operationId = "createDonor",
      summary = "Record a donor",
      description =
          "{\"name\":\"Switzerland (SDC)\",\"kind\":\"GOVERNMENT\",\"countryCode\":\"CHE\","
              + "\"contacts\":[{\"name\":\"…\",\"email\":\"…\"}],\"viewers\":[\"donor.viewer\"]}."
              + " kind is GOVERNMENT, MULTILATERAL or PRIVATE; viewers are the users (role"
              + " DONOR_VIEWER) who read the aggregates of the projects it funds. Another donor"
              + " with the same name is a conflict (`donor-name-taken`).")
  @ApiResponse(responseCode = "201", description = "Recorded: Location names it, ETag its version")
  ResponseEntity<DonorResponse> create(@RequestBody DonorRequest request, Actor actor)
      throws ConflictException {
    Donor donor = donors.create(request.toDonor(), actor);
    return ResponseEntity.status(HttpStatus.CREATED)
        .location(URI.create("/api/v1/funding/donors/" + donor.id()))
        .eTag(ETags.of(donor.version()))
        .body(DonorResponse.of(donor));
  }

  @Requires(Permission.FUNDING_READ)
  @GetMapping("/{id}")
  @Operation(
      operationId = "getDonor",
      summary = "One donor",
      description = "The ETag is its version.")
  ResponseEntity<DonorResponse> get(@PathVariable String id, Actor actor) {
    Donor donor = donors.get(Json.donorId(id), actor);
    return ResponseEntity.ok().eTag(ETags.of(donor.version())).body(DonorResponse.of(donor));
  }

  @Requires(Permission.FUNDING_MANAGE)
  @PutMapping("/{id}")
  @Operation(
      operationId = "replaceDonor",
      summary = "Change a donor",
      description =
          "The whole donor, as for createDonor; send the ETag you read in If-Match (412 when"
              + " someone changed it since, 428 without it).")
  ResponseEntity<DonorResponse> replace(
      @PathVariable String id,
      @RequestHeader("If-Match") String ifMatch,
      @RequestBody DonorRequest request,
      Actor actor)
      throws ConflictException {
    Donor current = donors.get(Json.donorId(id), actor);
    long version = ETags.version(ifMatch).orElse(current.version());
    Donor donor = donors.update(current.id(), version, request.toDonor(), actor);
    return ResponseEntity.ok().eTag(ETags.of(donor.version())).body(DonorResponse.of(donor));
  }
}
