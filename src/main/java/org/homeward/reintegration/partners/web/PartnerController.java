package org.homeward.reintegration.partners.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.reintegration.ReintegrationDetails.PartnerDetails;
import org.homeward.reintegration.ReintegrationDetails.ReferralDetails;
import org.homeward.reintegration.ReintegrationDetails.ReferralStepDetails;
import org.homeward.reintegration.partners.Partner;
import org.homeward.reintegration.partners.Partners;
import org.homeward.reintegration.partners.Referral;
import org.homeward.reintegration.partners.Referrals;
import org.homeward.reintegration.web.Json;
import org.homeward.shared.ConflictException;
import org.homeward.shared.web.ETags;
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
@RequestMapping("/api/v1/reintegration")
@Tag(
    name = "Partners",
    description =
        "The implementing partners of a mission in the country of return (NGOs, training"
            + " centres, microfinance institutions, health providers), and the referrals of"
            + " returnees to them")
class PartnerController {

  private final Partners partners;
  private final Referrals referrals;

  PartnerController(Partners partners, Referrals referrals) {
    this.partners = partners;
    this.referrals = referrals;
  }

  record PartnerRequest(
      String name,
      String kind,
      String city,
      String address,
      String contactName,
      String phone,
      String email,
      List<String> services,
      String notes,
      Boolean active) {
    PartnerDetails details() {
      return new PartnerDetails(
          name, kind, city, address, contactName, phone, email, services, notes, active);
    }
  }

  record PartnerResponse(
      long id,
      String missionCode,
      String name,
      String kind,
      String city,
      String address,
      String contactName,
      String phone,
      String email,
      List<String> services,
      String notes,
      boolean active,
      long version) {
    static PartnerResponse of(Partner p) {
      return new PartnerResponse(
          p.id(),
          p.missionCode(),
          p.name(),
          p.kind().name(),
          p.city(),
          p.address(),
          p.contactName(),
          p.phone(),
          p.email(),
          p.services(),
          p.notes(),
          p.active(),
          p.version());
    }
  }

  record ReferralRequest(
      String personId, String partnerId, String service, String referredOn, String note) {}

  record ReferralStepRequest(String status, String on, String note) {}

  record ReferralResponse(
      long id,
      UUID caseId,
      String caseNumber,
      UUID personId,
      long partnerId,
      String partnerName,
      String service,
      String status,
      LocalDate referredOn,
      LocalDate changedOn,
      String note,
      String outcome,
      List<String> next,
      String updatedBy,
      Instant updatedAt) {
    static ReferralResponse of(Referral r) {
      return new ReferralResponse(
          r.id(),
          r.caseId().value(),
          r.caseNumber(),
          r.personId().value(),
          r.partnerId(),
          r.partnerName(),
          r.service(),
          r.status().name(),
          r.referredOn(),
          r.changedOn(),
          r.note(),
          r.outcome(),
          r.status().next().stream().map(Enum::name).sorted().toList(),
          r.updatedBy(),
          r.updatedAt());
    }
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/partners")
  @Operation(
      operationId = "listPartners",
      summary = "The mission's partners",
      description =
          "The partners of the missions you oversee, by name, former ones too (`active` false).")
  List<PartnerResponse> list(Actor actor) {
    return partners.list(actor).stream().map(PartnerResponse::of).toList();
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/partners")
  @Operation(
      operationId = "createPartner",
      summary = "Record a partner of your mission",
      description =
          "{\"name\":\"…\",\"kind\":\"TRAINING_CENTRE\",\"city\":\"Douala\",\"address\":\"…\","
              + "\"contactName\":\"…\",\"phone\":\"+237 …\",\"email\":\"…\",\"services\":"
              + "[\"Tailoring course\"],\"notes\":\"…\"}. `kind` is NGO, TRAINING_CENTRE,"
              + " MICROFINANCE_INSTITUTION, HEALTH_PROVIDER or OTHER; a mission has one partner"
              + " of a name (`partner-name-taken`).")
  @ApiResponse(responseCode = "201", description = "Recorded")
  ResponseEntity<PartnerResponse> create(@RequestBody PartnerRequest r, Actor actor)
      throws ConflictException {
    Partner p = partners.create(r.details(), actor);
    return ResponseEntity.created(URI.create("/api/v1/reintegration/partners/" + p.id()))
        .eTag(ETags.of(p.version()))
        .body(PartnerResponse.of(p));
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/partners/{id}")
  @Operation(
      operationId = "getPartner",
      summary = "One partner",
      description = "Its contacts and services.")
  ResponseEntity<PartnerResponse> get(@PathVariable String id, Actor actor) {
    Partner p = partners.get(Json.number("partner", id), actor);
    return ResponseEntity.ok().eTag(ETags.of(p.version())).body(PartnerResponse.of(p));
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PutMapping("/partners/{id}")
  @Operation(
      operationId = "changePartner",
      summary = "Change a partner",
      description =
          "The whole record again, as when created; `active` false for a partner the mission no"
              + " longer works with. An If-Match naming an older version gets 412.")
  ResponseEntity<PartnerResponse> change(
      @PathVariable String id,
      @RequestHeader(name = "If-Match", required = false) String ifMatch,
      @RequestBody PartnerRequest r,
      Actor actor)
      throws ConflictException {
    OptionalLong expected = ETags.version(ifMatch);
    Partner p =
        partners.update(
            Json.number("partner", id),
            expected.isPresent() ? expected.getAsLong() : null,
            r.details(),
            actor);
    return ResponseEntity.ok().eTag(ETags.of(p.version())).body(PartnerResponse.of(p));
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/partners/{id}/referrals")
  @Operation(
      operationId = "listPartnerReferrals",
      summary = "The referrals to a partner",
      description = "Newest first, of the cases you may open.")
  List<ReferralResponse> toPartner(@PathVariable String id, Actor actor) {
    return referrals.to(Json.number("partner", id), actor).stream()
        .map(ReferralResponse::of)
        .toList();
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/cases/{caseId}/referrals")
  @Operation(
      operationId = "listCaseReferrals",
      summary = "The referrals of a household's returnees",
      description = "Oldest first, each with its status and the steps it may take next.")
  List<ReferralResponse> ofCase(@PathVariable String caseId, Actor actor) {
    return referrals.ofCase(Json.caseId(caseId), actor).stream().map(ReferralResponse::of).toList();
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/cases/{caseId}/referrals")
  @Operation(
      operationId = "referReturnee",
      summary = "Refer a returnee to a partner",
      description =
          "{\"personId\":\"…\",\"partnerId\":\"12\",\"service\":\"Business training\","
              + "\"referredOn\":\"…\",\"note\":\"…\"}: a member of the case, to an active partner"
              + " of the mission that received it; the referral starts REFERRED.")
  @ApiResponse(responseCode = "201", description = "Referred")
  ResponseEntity<ReferralResponse> refer(
      @PathVariable String caseId, @RequestBody ReferralRequest r, Actor actor)
      throws ConflictException {
    Referral referral =
        referrals.refer(
            Json.caseId(caseId),
            new ReferralDetails(r.personId(), r.partnerId(), r.service(), r.referredOn(), r.note()),
            actor);
    return ResponseEntity.created(
            URI.create("/api/v1/reintegration/cases/" + caseId + "/referrals"))
        .body(ReferralResponse.of(referral));
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/referrals/{id}/status")
  @Operation(
      operationId = "changeReferralStatus",
      summary = "Record a referral's next step",
      description =
          "{\"status\":\"ACCEPTED\",\"on\":\"…\",\"note\":\"…\"}: REFERRED → ACCEPTED or"
              + " DECLINED, ACCEPTED → COMPLETED or DROPPED (`referral-status` otherwise).")
  ReferralResponse step(@PathVariable String id, @RequestBody ReferralStepRequest r, Actor actor)
      throws ConflictException {
    return ReferralResponse.of(
        referrals.step(
            Json.number("referral", id),
            new ReferralStepDetails(r.status(), r.on(), r.note()),
            actor));
  }
}
