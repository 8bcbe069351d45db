package org.homeward.reintegration.partners;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.homeward.audit.AuditRecord;
import org.homeward.audit.AuditTrail;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.reintegration.ReintegrationDetails.PartnerDetails;
import org.homeward.reintegration.internal.Fields;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.reintegration.partners.internal.PartnerRows;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.Violations;
import org.homeward.shared.web.ProblemCode;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The implementing partners of each mission in the countries of return: read by those with {@link
 * Permission#REINTEGRATION_READ} in the mission (and its regional office), kept by its officers
 * ({@link Permission#REINTEGRATION_MANAGE}). Every change is audited.
 */
@Service
public class Partners {

  static final String SUBJECT = "reintegration-partner";
  static final int MAX_SERVICES = 30;

  private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,24}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final PartnerRows rows;
  private final ReintegrationScope scope;
  private final AuditTrail audit;
  private final Clock clock;

  Partners(PartnerRows rows, ReintegrationScope scope, AuditTrail audit, Clock clock) {
    this.rows = rows;
    this.scope = scope;
    this.audit = audit;
    this.clock = clock;
  }

  /** The partners of the missions the actor oversees, by name. */
  @Transactional(readOnly = true)
  public List<Partner> list(Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    return rows.ofMissions(scope.missionsRead(actor));
  }

  @Transactional(readOnly = true)
  public Partner get(long id, Actor actor) {
    actor.require(Permission.REINTEGRATION_READ);
    return rows.find(id).filter(p -> reads(actor, p)).orElseThrow(() -> notFound(id));
  }

  /** May the actor change the partners of the mission? */
  public boolean canChange(Actor actor, String missionCode) {
    return actor.may(Permission.REINTEGRATION_MANAGE) && scope.changesMission(actor, missionCode);
  }

  /** Records a partner of the actor's mission. */
  @Transactional
  public Partner create(PartnerDetails details, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    if (!scope.changesMission(actor, actor.missionCode())) {
      throw new AccessDeniedException("your office keeps no partners of its own");
    }
    Partner p = read(details, 0, actor.missionCode(), 0);
    Instant now = clock.instant();
    long id;
    try {
      id = rows.insert(p, now, actor.username());
    } catch (DuplicateKeyException e) {
      throw nameTaken(actor.missionCode(), p.name());
    }
    audit.record(
        AuditRecord.of(actor.username(), "reintegration.partner-created", SUBJECT, "" + id)
            .inMission(p.missionCode())
            .withDetails(Map.of("name", p.name(), "kind", p.kind().name())));
    return rows.find(id).orElseThrow();
  }

  /** Replaces the partner's record whole, if it is still at {@code expectedVersion} when given. */
  @Transactional
  public Partner update(long id, Long expectedVersion, PartnerDetails details, Actor actor) {
    actor.require(Permission.REINTEGRATION_MANAGE);
    Partner before = rows.lock(id).filter(p -> reads(actor, p)).orElseThrow(() -> notFound(id));
    if (!scope.changesMission(actor, before.missionCode())) {
      throw new AccessDeniedException(
          "read-only access to the partners of " + before.missionCode());
    }
    if (expectedVersion != null && expectedVersion != before.version()) {
      throw new StaleVersionException(before.version());
    }
    Partner p = read(details, id, before.missionCode(), before.version());
    try {
      rows.update(p, clock.instant(), actor.username());
    } catch (DuplicateKeyException e) {
      throw nameTaken(before.missionCode(), p.name());
    }
    audit.record(
        AuditRecord.of(actor.username(), "reintegration.partner-changed", SUBJECT, "" + id)
            .inMission(p.missionCode())
            .withDetails(Map.of("name", p.name(), "active", p.active())));
    return rows.find(id).orElseThrow();
  }

  /**
   * The partner named by {@code field} for a record of {@code missionCode} (a plan's training
   * provider, a purchase's vendor): a partner of that mission, still active; null (noted) when it
   * is none, null when the field is blank.
   */
  public Partner usable(Violations v, String field, String id, String missionCode) {
    if (Fields.blank(id)) {
      return null;
    }
    Partner p =
        id.strip().matches("[0-9]{1,18}")
            ? rows.find(Long.parseLong(id.strip())).orElse(null)
            : null;
    if (p == null || !p.missionCode().equals(missionCode)) {
      v.add(field, "unknown-value", "not a partner of the mission " + missionCode + ": " + id);
      return null;
    }
    if (!p.active()) {
      v.add(field, "unknown-value", p.name() + " is no longer a partner of the mission");
      return null;
    }
    return p;
  }

  /** The partner as the system reads it, for the records that name one. */
  public java.util.Optional<Partner> find(long id) {
    return rows.find(id);
  }

  private Partner read(PartnerDetails d, long id, String mission, long version) {
    Violations v = new Violations();
    String name = Fields.text(v, "name", d.name(), Fields.SHORT_TEXT);
    PartnerKind kind = Fields.choice(v, "kind", d.kind(), PartnerKind.class);
    String city = Fields.optionalText(v, "city", d.city(), Fields.SHORT_TEXT);
    String address = Fields.optionalText(v, "address", d.address(), Fields.SHORT_TEXT);
    String contact = Fields.optionalText(v, "contactName", d.contactName(), Fields.SHORT_TEXT);
    String phone = Fields.optionalText(v, "phone", d.phone(), 30);
    if (phone != null && !PHONE.matcher(phone).matches()) {
      v.add("phone", "malformed-phone", "a phone number such as +237 699 12 34 56");
    }
    String email = Fields.optionalText(v, "email", d.email(), 200);
    if (email != null && !EMAIL.matcher(email).matches()) {
      v.add("email", "malformed", "an e-mail address such as name@example.org");
    }
    Set<String> services = new LinkedHashSet<>();
    List<String> typed = d.services() == null ? List.of() : d.services();
    if (typed.size() > MAX_SERVICES) {
      v.add("services", "too-many", "at most " + MAX_SERVICES + " services");
    } else {
      for (int i = 0; i < typed.size(); i++) {
        String s = Fields.optionalText(v, "services[" + i + "]", typed.get(i), Fields.SHORT_TEXT);
        if (s != null) {
          services.add(s);
        }
      }
    }
    String notes = Fields.optionalText(v, "notes", d.notes(), Fields.LONG_TEXT);
    v.throwIfAny();
    return new Partner(
        id,
        mission,
        name,
        kind,
        city,
        address,
        contact,
        phone,
        email,
        new ArrayList<>(services),
        notes,
        d.active() == null || d.active(),
        version,
        clock.instant(),
        null);
  }

  private boolean reads(Actor actor, Partner p) {
    Set<String> missions = scope.missionsRead(actor);
    return missions == null || missions.contains(p.missionCode());
  }

  private ConflictException nameTaken(String mission, String name) {
    long other = rows.named(mission, name).map(Partner::id).orElse(0L);
    return new ConflictException(
        ProblemCode.PARTNER_NAME_TAKEN,
        "the mission has a partner named " + name + " already",
        Map.of("partnerId", other));
  }

  static NotFoundException notFound(long id) {
    return new NotFoundException("partner", id);
  }
}
