package org.homeward.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.homeward.organisation.Mission;
import org.homeward.organisation.Missions;
import org.homeward.organisation.PublicEndpoint;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public directory of offices and their contacts: no sign-in needed. */
@RestController
@Tag(name = "Public", description = "What anyone may read without signing in")
class MissionDirectoryController {

  private final Missions missions;

  MissionDirectoryController(Missions missions) {
    this.missions = missions;
  }

  record MissionEntry(
      String code,
      String name,
      String kind,
      String parentCode,
      String countryCode,
      String chiefOfMission,
      String phone,
      String email,
      String address) {

    static MissionEntry of(Mission m) {
      Mission.Contact c = m.contact();
      return new MissionEntry(
          m.code(),
          m.name(),
          m.kind().name(),
          m.parentCode(),
          m.countryCode(),
          c.chiefOfMission(),
          c.phone(),
          c.email(),
          c.address());
    }
  }

  @GetMapping("/public/missions.json")
  @PublicEndpoint
  @Operation(
      operationId = "listOffices",
      summary = "Every office with its contact",
      description =
          "Headquarters, regional offices, missions and their sub-offices: each one's chief,"
              + " phone, e-mail and address. Cached for an hour.")
  ResponseEntity<List<MissionEntry>> directory() {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
        .body(missions.all().stream().map(MissionEntry::of).toList());
  }
}
