package org.homeward.registry;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.registry.internal.CaseStreams;
import org.homeward.shared.Violations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case lists for exports, as the actor may see them. */
@Service
class CaseExportReads implements CaseExports {

  private final CaseStreams streams;
  private final AccessPolicy access;

  CaseExportReads(CaseStreams streams, AccessPolicy access) {
    this.streams = streams;
    this.access = access;
  }

  @Override
  @Transactional(readOnly = true)
  public long forEachCase(
      CaseSearch search, LocalDate today, Actor actor, Consumer<CaseLine> sink) {
    actor.require(Permission.CASE_READ);
    if (search.vulnerability() != null && search.vulnerability().isSensitive()) {
      Violations.require(v ->
          v.check(
              actor.may(Permission.SENSITIVE_READ),
              "vulnerability",
              "restricted",
              "only those with a need to know may search on " + search.vulnerability()));
    }
    return streams.matching(
        search,
        today,
        access.readScope(actor),
        access.changeScope(actor),
        holding -> access.canSeeSensitive(actor, holding),
        sink);
  }

  @Override
  @Transactional(readOnly = true)
  public long forEachPending(LocalDate today, Actor actor, Consumer<CaseLine> sink) {
    actor.require(Permission.CASE_READ);
    return streams.waitingFor(
        actor.username(),
        CaseStatus.AWAITING_CASEWORKER,
        today,
        access.readScope(actor),
        holding -> access.canSeeSensitive(actor, holding),
        sink);
  }
}
