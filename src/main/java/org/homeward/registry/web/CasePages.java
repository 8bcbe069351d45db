package org.homeward.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;
import org.homeward.organisation.AccessPolicy;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Holding;
import org.homeward.organisation.Mission;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.Case;
import org.homeward.registry.CaseDetails;
import org.homeward.registry.CaseId;
import org.homeward.registry.CaseLifecycle;
import org.homeward.registry.CasePanel;
import org.homeward.registry.CaseStatus;
import org.homeward.registry.Cases;
import org.homeward.registry.DocumentType;
import org.homeward.registry.DuplicateCheck;
import org.homeward.registry.PersonExport;
import org.homeward.registry.PersonId;
import org.homeward.registry.Refusal;
import org.homeward.registry.Relationship;
import org.homeward.registry.ResultPage;
import org.homeward.registry.Sex;
import org.homeward.registry.TransitionResult;
import org.homeward.registry.Vulnerability;
import org.homeward.registry.internal.PersonExportPdf;
import org.homeward.registry.web.RegistrationForm.MemberForm;
import org.homeward.shared.CleanText;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.web.FieldErrors;
import org.homeward.shared.web.FormReportsUncleanText;
import org.homeward.shared.web.Formats;
import org.homeward.shared.web.PageController;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The caseworker's pages for cases: the list with its search, the registration form and the case
 * page with its consent, next steps, history and members' record exports. They call the same
 * services as the API, so the same rules and access checks apply.
 */
@PageController
class CasePages {

  /** Languages offered for the consent declaration: those of the region's returnees first. */
  static final List<String> CONSENT_LANGUAGES =
      List.of(
          "fr", "en", "ar", "pt", "es", "wo", "ff", "bm", "ha", "yo", "ig", "ln", "sw", "tw", "ee",
          "pcm", "ewo", "dyu", "snk");

  private final Cases cases;
  private final CaseLifecycle lifecycle;
  private final Missions missions;
  private final AccessPolicy access;
  private final MessageSource messages;
  private final Formats formats;
  private final Clock clock;
  private final List<String> frequentCountries;
  private final ObjectProvider<DuplicateCheck> duplicateCheck;
  private final List<CasePanel> panels;

  CasePages(
      Cases cases,
      CaseLifecycle lifecycle,
      Missions missions,
      AccessPolicy access,
      MessageSource messages,
      Formats formats,
      Clock clock,
      @Value("${homeward.web.frequent-countries}") List<String> frequentCountries,
      ObjectProvider<DuplicateCheck> duplicateCheck,
      List<CasePanel> panels) {
    this.cases = cases;
    this.lifecycle = lifecycle;
    this.missions = missions;
    this.access = access;
    this.messages = messages;
    this.formats = formats;
    this.clock = clock;
    this.frequentCountries = List.copyOf(frequentCountries);
    this.duplicateCheck = duplicateCheck;
    this.panels = panels.stream().sorted(Comparator.comparingInt(CasePanel::order)).toList();
  }

  @Requires(Permission.CASE_READ)
  @GetMapping("/cases")
  String list(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String nationality,
      @RequestParam(required = false) String vulnerability,
      @RequestParam(required = false) String site,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
      HttpServletResponse response,
      Actor actor,
      Model model) {
    ListFilters filters =
        new ListFilters(
            q, status, nationality, vulnerability, site, from, to, sort, ListFilters.page(page));
    ResultPage<org.homeward.registry.CaseSummary> results = cases.search(filters.search(), actor);
    model.addAttribute("filters", filters);
    model.addAttribute("results", results);
    model.addAttribute("statuses", CaseStatus.values());
    model.addAttribute("vulnerabilities", Vulnerability.values());
    model.addAttribute("sorts", ListFilters.SORTS);
    // the same address answers with the whole page or, for htmx, with the results only
    response.setHeader("Vary", "HX-Request");
    if (htmx != null && restore == null) {
      return "cases/list :: results";
    }
    model.addAttribute("countries", formats.countries());
    return "cases/list";
  }

  @Requires(Permission.CASE_REGISTER)
  @GetMapping("/cases/new")
  String newCase(Actor actor, Model model) {
    return form(
        model, RegistrationForm.blank(actor.missionCode(), today()), FieldErrors.NONE, -1, actor);
  }

  @Requires(Permission.CASE_REGISTER)
  @FormReportsUncleanText
  @PostMapping("/cases")
  String register(
      @RequestParam MultiValueMap<String, String> params,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    String action = params.getFirst("action");
    TreeMap<Integer, MemberForm> rows = RegistrationForm.rows(params);
    RegistrationForm form = RegistrationForm.from(params);
    // without JavaScript, adding or removing a member row sends the form back to the server
    if ("add-member".equals(action)) {
      List<MemberForm> more = new ArrayList<>(form.members());
      more.add(MemberForm.blank(""));
      return form(model, form.withMembers(more), FieldErrors.NONE, more.size() - 1, actor);
    }
    if (action != null && action.startsWith("remove-member-")) {
      rows.remove(ListFilters.page(action.substring("remove-member-".length())));
      return form(model, form.withMembers(List.copyOf(rows.values())), FieldErrors.NONE, -1, actor);
    }
    // and so does adding a document to a member: one more empty row, focused
    if (action != null && action.startsWith("add-document-")) {
      int row = ListFilters.page(action.substring("add-document-".length()));
      MemberForm member = rows.get(row);
      if (member != null) {
        List<RegistrationForm.DocumentForm> documents = new ArrayList<>(member.documents());
        documents.add(RegistrationForm.DocumentForm.blank());
        rows.put(row, member.withDocuments(documents));
        model.addAttribute(
            "focusField",
            "members-"
                + rows.headMap(row).size()
                + "-documents-"
                + (documents.size() - 1)
                + "-type");
      }
      return form(model, form.withMembers(List.copyOf(rows.values())), FieldErrors.NONE, -1, actor);
    }
    // the same person registered twice splits their file: show who they may be before saving,
    // and save only once the caseworker has seen them and chosen to go on
    // text that cannot be stored is shown at its field by the rules below, unsearched
    boolean clean =
        params.entrySet().stream()
            .allMatch(p ->
                CleanText.isClean(p.getKey())
                    && p.getValue().stream().allMatch(CleanText::isClean));
    if (!"register-anyway".equals(action) && clean) {
      List<DuplicateWarning> warnings = DuplicateWarning.of(form, duplicateCheck, actor);
      if (!warnings.isEmpty()) {
        model.addAttribute("duplicates", warnings);
        return form(model, form, FieldErrors.NONE, -1, actor);
      }
    }
    try {
      Case registered = cases.register(form.details(), form.idempotencyKey(), actor).registered();
      redirect.addFlashAttribute("notice", "registered");
      return "redirect:/cases/" + registered.id();
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return form(
          model,
          form.compacted(),
          RegistrationErrors.of(e.violations(), messages, locale()),
          -1,
          actor);
    } catch (ConflictException e) {
      // this form was already used for another household: keep what was typed, under a new key
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", "already-submitted");
      return form(model, form.withNewKey(), FieldErrors.NONE, -1, actor);
    }
  }

  /** A new, empty member row for htmx to append, numbered after the rows already on the form. */
  @Requires(Permission.CASE_REGISTER)
  @PostMapping(path = "/cases/new/members", headers = "HX-Request")
  String memberRow(@RequestParam MultiValueMap<String, String> params, Model model) {
    TreeMap<Integer, MemberForm> rows = RegistrationForm.rows(params);
    int index = rows.isEmpty() ? 0 : rows.lastKey() + 1;
    choices(model);
    model.addAttribute("member", MemberForm.blank(""));
    model.addAttribute("i", index);
    model.addAttribute("number", rows.size() + 1);
    model.addAttribute("errors", FieldErrors.NONE);
    model.addAttribute("focus", true);
    return "cases/new :: member";
  }

  /**
   * A new, empty document row for htmx to append to the member row numbered {@code row}, numbered
   * after the member's document rows already on the form.
   */
  @Requires(Permission.CASE_REGISTER)
  @PostMapping(path = "/cases/new/documents", headers = "HX-Request")
  String documentRow(
      @RequestParam MultiValueMap<String, String> params,
      @RequestParam(name = "row") int row,
      Model model) {
    int index = RegistrationForm.nextDocument(params, row);
    choices(model);
    model.addAttribute("i", row);
    model.addAttribute("j", index);
    model.addAttribute("doc", RegistrationForm.DocumentForm.blank());
    model.addAttribute("errors", FieldErrors.NONE);
    model.addAttribute("focusField", "members-" + row + "-documents-" + index + "-type");
    return "cases/new :: document";
  }

  /**
   * The possible duplicates of one member row, checked with htmx as the caseworker leaves its name
   * or birth date, so they are seen while the person is still at the desk.
   */
  @Requires(Permission.CASE_REGISTER)
  @PostMapping(path = "/cases/new/duplicates", headers = "HX-Request")
  String memberDuplicates(
      @RequestParam MultiValueMap<String, String> params,
      @RequestParam(name = "row") int row,
      Actor actor,
      Model model) {
    MemberForm member = RegistrationForm.rows(params).get(row);
    model.addAttribute(
        "warning", member == null ? null : DuplicateWarning.of(row, member, duplicateCheck, actor));
    return "cases/new :: member-duplicates";
  }

  @Requires(Permission.CASE_READ)
  @GetMapping("/cases/{id}")
  String show(@PathVariable String id, Actor actor, Model model) {
    return page(model, cases.get(caseId(id), actor), actor);
  }

  @Requires(Permission.CASE_TRANSITION)
  @PostMapping("/cases/{id}/transitions")
  String transition(
      @PathVariable String id,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) String override,
      @RequestParam(required = false) Long version,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CaseId caseId = caseId(id);
    CaseStatus target =
        Arrays.stream(CaseStatus.values())
            .filter(s -> s.name().equals(to))
            .findFirst()
            .orElse(null);
    if (target == null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("refusals", List.of(new Refusal("unknown-value", "")));
      return page(model, cases.get(caseId, actor), actor);
    }
    try {
      return switch (lifecycle.transition(caseId, version, target, reason, override, actor)) {
        case TransitionResult.Transitioned moved -> {
          redirect.addFlashAttribute(
              "notice", override == null || override.isBlank() ? "moved" : "overridden");
          redirect.addFlashAttribute("movedTo", moved.updated().status());
          yield "redirect:/cases/" + moved.updated().id();
        }
        case TransitionResult.Refused refused -> {
          response.setStatus(HttpStatus.CONFLICT.value());
          model.addAttribute("refusals", refused.refusals());
          model.addAttribute("refusedTarget", target);
          model.addAttribute("reason", reason);
          // a guard that allows it lets the step through with a written justification
          model.addAttribute(
              "overridable",
              refused.refusals().stream().allMatch(Refusal::overridable)
                  && actor.may(Permission.FUNDING_OVERRIDE));
          yield page(model, cases.get(caseId, actor), actor);
        }
      };
    } catch (StaleVersionException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("refusals", List.of(new Refusal("stale-version", "")));
      return page(model, cases.get(caseId, actor), actor);
    }
  }

  /** What was typed on the consent form of a case page, kept when it comes back with errors. */
  record ConsentForm(String declaredOn, String counsellor, String language, boolean signed) {}

  /**
   * Records the consent declaration of a case registered without one, so that it can go on to
   * eligibility from the page.
   */
  @Requires(Permission.CASE_UPDATE)
  @FormReportsUncleanText
  @PostMapping("/cases/{id}/consent")
  String consent(
      @PathVariable String id,
      @RequestParam(required = false) String declaredOn,
      @RequestParam(required = false) String counsellor,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String signed,
      @RequestParam(required = false) Long version,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CaseId caseId = caseId(id);
    ConsentForm form = new ConsentForm(declaredOn, counsellor, language, "true".equals(signed));
    try {
      cases.recordConsent(
          caseId,
          version,
          new CaseDetails.ConsentDetails(
              form.declaredOn(), form.counsellor(), form.language(), form.signed()),
          actor);
      redirect.addFlashAttribute("notice", "consent-recorded");
      return "redirect:/cases/" + caseId;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("consentForm", form);
      model.addAttribute("consentErrors", FieldErrors.of(e.violations(), messages, locale()));
      return page(model, cases.get(caseId, actor), actor);
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("refusals", List.of(new Refusal(e.code(), e.getMessage())));
      return page(model, cases.get(caseId, actor), actor);
    } catch (StaleVersionException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("consentForm", form);
      model.addAttribute("refusals", List.of(new Refusal("stale-version", "")));
      return page(model, cases.get(caseId, actor), actor);
    }
  }

  /** The migrant withdraws consent: the lifecycle moves the case to WITHDRAWN, with the reason. */
  @Requires(Permission.CASE_TRANSITION)
  @PostMapping("/cases/{id}/consent/withdrawal")
  String withdraw(
      @PathVariable String id,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) Long version,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return transition(
        id, CaseStatus.WITHDRAWN.name(), reason, null, version, actor, model, response, redirect);
  }

  /**
   * A subject-access request from the page: the member's record as a PDF, through the same audited
   * export as the API; without a purpose the page comes back asking for one.
   */
  @Requires(Permission.PERSON_EXPORT)
  @PostMapping("/cases/{id}/members/{memberId}/export")
  Object export(
      @PathVariable String id,
      @PathVariable String memberId,
      @RequestParam(required = false) String purpose,
      Actor actor,
      Model model,
      HttpServletResponse response) {
    CaseId caseId = caseId(id);
    PersonId person;
    try {
      person = new PersonId(UUID.fromString(memberId));
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("person", memberId);
    }
    try {
      PersonExport record = cases.exportPerson(caseId, person, purpose, actor);
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_PDF)
          .header(
              HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment()
                  .filename(record.household().caseNumber() + "-person.pdf")
                  .build()
                  .toString())
          .body(PersonExportPdf.render(record));
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("exportMember", memberId);
      model.addAttribute("exportErrors", FieldErrors.of(e.violations(), messages, locale()));
      return page(model, cases.get(caseId, actor), actor);
    }
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }

  /** A module's panel on the case page, with what it shows this reader. */
  record ShownPanel(String template, Object data) {}

  private String page(Model model, Case c, Actor actor) {
    model.addAttribute("c", c);
    model.addAttribute(
        "panels",
        panels.stream()
            .flatMap(panel ->
                panel.data(c, actor).map(data -> new ShownPanel(panel.template(), data)).stream())
            .toList());
    model.addAttribute("today", today());
    model.addAttribute(
        "canChange", actor.may(Permission.CASE_TRANSITION) && access.canChange(actor, c.holding()));
    model.addAttribute("nextSteps", c.allowedTransitions().stream().sorted().toList());
    model.addAttribute(
        "timeline",
        cases.history(c.id(), actor).stream().map(TimelineEntry::of).toList().reversed());
    model.addAttribute("mission", missionName(c.missionCode()));
    model.addAttribute(
        "canUpdate", actor.may(Permission.CASE_UPDATE) && access.canChange(actor, c.holding()));
    model.addAttribute("canExport", actor.may(Permission.PERSON_EXPORT));
    model.addAttribute(
        "canWithdraw",
        actor.may(Permission.CASE_TRANSITION)
            && access.canChange(actor, c.holding())
            && c.consent() != null
            && !c.consent().isWithdrawn()
            && c.allowedTransitions().contains(CaseStatus.WITHDRAWN));
    model.addAttribute("consentLanguages", formats.languages(CONSENT_LANGUAGES));
    if (!model.containsAttribute("consentForm")) {
      model.addAttribute("consentForm", new ConsentForm(today().toString(), "", "", false));
    }
    if (!model.containsAttribute("consentErrors")) {
      model.addAttribute("consentErrors", FieldErrors.NONE);
    }
    if (!model.containsAttribute("exportErrors")) {
      model.addAttribute("exportErrors", FieldErrors.NONE);
    }
    return "cases/show";
  }

  private String form(
      Model model, RegistrationForm form, FieldErrors errors, int focus, Actor actor) {
    choices(model);
    model.addAttribute("consentLanguages", formats.languages(CONSENT_LANGUAGES));
    model.addAttribute(
        "missions",
        missions.all().stream()
            .filter(m -> access.canChange(actor, new Holding(m.code(), m.countryCode(), false)))
            .map(m -> new Formats.Choice(m.code(), m.code() + " – " + missionName(m)))
            .toList());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("focusRow", focus);
    return "cases/new";
  }

  private void choices(Model model) {
    List<Formats.Choice> countries = formats.countries();
    model.addAttribute("countries", countries);
    model.addAttribute(
        "frequentCountries",
        frequentCountries.stream()
            .map(code -> new Formats.Choice(code, formats.country(code)))
            .toList());
    model.addAttribute("relationships", Relationship.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("vulnerabilities", Vulnerability.values());
    model.addAttribute("documentTypes", DocumentType.values());
    // the languages a member speaks are ticked from the same list, any other typed as its code
    model.addAttribute("spokenLanguages", formats.languages(CONSENT_LANGUAGES));
  }

  private String missionName(String code) {
    return missions.find(code).map(this::missionName).orElse(code);
  }

  /** A country mission is named after its country, in the reader's language. */
  private String missionName(Mission m) {
    return m.countryCode() != null && m.code().equals(m.countryCode())
        ? formats.country(m.countryCode())
        : m.name();
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static Locale locale() {
    return LocaleContextHolder.getLocale();
  }

  private static CaseId caseId(String id) {
    return CaseId.parse(id).orElseThrow(() -> new NotFoundException("case", id));
  }
}
