package org.homeward.movement.web;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.homeward.movement.documents.ConsulateListCsv;
import org.homeward.movement.documents.ConsulateListPdf;
import org.homeward.movement.documents.ConsulateRequests;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Missions;
import org.homeward.shared.web.ReaderLanguage;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A consulate's list as a file, for the API and the pages alike; each download is audited. */
@Component
class ConsulateFiles {

  static final Set<String> LANGUAGES = ReaderLanguage.CODES;

  private final ConsulateRequests requests;
  private final MessageSource messages;
  private final Missions missions;
  private final Clock clock;

  ConsulateFiles(
      ConsulateRequests requests, MessageSource messages, Missions missions, Clock clock) {
    this.requests = requests;
    this.messages = messages;
    this.missions = missions;
    this.clock = clock;
  }

  ResponseEntity<byte[]> csv(String country, Actor actor) {
    ConsulateRequests.Consulate consulate = requests.of(country, actor);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConsulateListCsv.write(consulate, out);
    requests.exported(consulate, "csv", actor);
    return file(out, ConsulateListCsv.MEDIA_TYPE, name(consulate, "csv"), null);
  }

  ResponseEntity<byte[]> pdf(String country, Locale reader, Actor actor) {
    ConsulateRequests.Consulate consulate = requests.of(country, actor);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String mission =
        missions
            .find(actor.missionCode())
            .map(m -> m.code() + " – " + m.name())
            .orElse(actor.missionCode());
    ConsulateListPdf.write(
        consulate, reader, messages, LocalDate.now(clock), actor.username(), mission, out);
    requests.exported(consulate, "pdf", actor);
    return file(out, ConsulateListPdf.MEDIA_TYPE, name(consulate, "pdf"), reader);
  }

  private String name(ConsulateRequests.Consulate consulate, String extension) {
    return "travel-document-requests-"
        + consulate.country()
        + "-"
        + LocalDate.now(clock)
        + "."
        + extension;
  }

  private static ResponseEntity<byte[]> file(
      ByteArrayOutputStream out, String type, String name, Locale language) {
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(type))
            .header(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(name).build().toString());
    if (language != null) {
      response.header(HttpHeaders.CONTENT_LANGUAGE, language.getLanguage());
    }
    return response.body(out.toByteArray());
  }

  /** The language asked for, else the first of fr, en, ar that Accept-Language names, else fr. */
  static Locale reader(String lang, String acceptLanguage) {
    // the consulates of the region read French first
    return ReaderLanguage.pick(lang, acceptLanguage, Locale.FRENCH);
  }
}
