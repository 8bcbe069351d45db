package org.homeward.reintegration.queue.web;

import jakarta.servlet.http.HttpServletResponse;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.registry.Case;
import org.homeward.registry.CaseId;
import org.homeward.registry.Cases;
import org.homeward.registry.Person;
import org.homeward.registry.PersonId;
import org.homeward.reintegration.ReintegrationDetails.ProfileDetails;
import org.homeward.reintegration.internal.ReintegrationScope;
import org.homeward.reintegration.queue.Profile;
import org.homeward.reintegration.queue.Profiles;
import org.homeward.reintegration.queue.Queue;
import org.homeward.reintegration.web.Form;
import org.homeward.reintegration.web.Json;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.web.FieldErrors;
import org.homeward.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The origin mission's queue and each case's reintegration file (what the host mission handed over,
 * the reception, the assessments, the plans and the referrals), and the host mission's form for a
 * returnee's profile. Plain forms: all of it works without JavaScript.
 */
@PageController
class QueuePages {

  private final Queue queue;
  private final Profiles profiles;
  private final CaseFilePage filePage;
  private final Cases cases;
  private final MessageSource messages;

  QueuePages(
      Queue queue, Profiles profiles, CaseFilePage filePage, Cases cases, MessageSource messages) {
    this.queue = queue;
    this.profiles = profiles;
    this.filePage = filePage;
    this.cases = cases;
    this.messages = messages;
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration")
  String home() {
    return "redirect:/reintegration/queue";
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration/queue")
  String queue(@RequestParam(required = false) String show, Actor actor, Model model) {
    var entries = queue.list(actor);
    boolean waiting = "waiting".equals(show);
    model.addAttribute(
        "entries", waiting ? entries.stream().filter(e -> e.waiting()).toList() : entries);
    model.addAttribute("waitingOnly", waiting);
    model.addAttribute("total", entries.size());
    return "reintegration/queue";
  }

  @Requires(Permission.REINTEGRATION_READ)
  @GetMapping("/reintegration/cases/{caseId}")
  String file(@PathVariable String caseId, Actor actor, Model model) {
    return filePage(model, Json.caseId(caseId), Form.EMPTY, FieldErrors.NONE, actor);
  }

  @Requires(Permission.REINTEGRATION_MANAGE)
  @PostMapping("/reintegration/cases/{caseId}/officer")
  String take(
      @PathVariable String caseId,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    CaseId id = Json.caseId(caseId);
    try {
      queue.assign(id, null, actor);
      redirect.addFlashAttribute("notice", "taken");
      return "redirect:/reintegration/cases/" + id;
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.getMessage());
      return filePage(model, id, Form.EMPTY, FieldErrors.NONE, actor);
    }
  }

  String filePage(Model model, CaseId id, Form referral, FieldErrors errors, Actor actor) {
    return filePage.render(model, id, referral, errors, actor);
  }

  @Requires(Permission.CASE_UPDATE)
  @GetMapping("/reintegration/people/{personId}/profile")
  String profileForm(@PathVariable String personId, Actor actor, Model model) {
    PersonId id = Json.personId(personId);
    Target target = target(id, actor);
    Profile p =
        profiles.ofCase(target.household().id(), actor).stream()
            .filter(x -> x.personId().equals(id))
            .findFirst()
            .orElse(null);
    Form form = Form.EMPTY;
    if (p != null) {
      MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
      put(values, "skills", p.skills());
      put(values, "education", p.education());
      put(values, "workExperience", p.workExperience());
      put(values, "wishes", p.wishes());
      put(values, "version", Long.toString(p.version()));
      form = new Form(values);
    }
    return profilePage(model, target, form, FieldErrors.NONE);
  }

  @Requires(Permission.CASE_UPDATE)
  @PostMapping("/reintegration/people/{personId}/profile")
  String recordProfile(
      @PathVariable String personId,
      @RequestParam MultiValueMap<String, String> values,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PersonId id = Json.personId(personId);
    Form form = new Form(values);
    Target target = target(id, actor);
    try {
      String version = form.get("version");
      profiles.record(
          id,
          version == null || !version.matches("[0-9]{1,18}") ? null : Long.valueOf(version),
          new ProfileDetails(
              form.get("skills"),
              form.get("education"),
              form.get("workExperience"),
              form.get("wishes")),
          actor);
      redirect.addFlashAttribute("notice", "profile-recorded");
      return "redirect:/cases/" + target.household().id() + "#reintegration";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return profilePage(model, target, form, Form.errors(e, messages));
    } catch (StaleVersionException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("stale", true);
      return profilePage(model, target, form, FieldErrors.NONE);
    }
  }

  private record Target(Case household, Person person) {}

  private Target target(PersonId id, Actor actor) {
    Case household = caseOf(id, actor);
    Person person =
        household.members().stream()
            .filter(m -> m.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new NotFoundException("person", id));
    return new Target(household, person);
  }

  private Case caseOf(PersonId id, Actor actor) {
    return profiles
        .caseOf(id, actor)
        .map(c -> cases.get(c, ReintegrationScope.withoutSensitive(actor)))
        .orElseThrow(() -> new NotFoundException("person", id));
  }

  private String profilePage(Model model, Target target, Form form, FieldErrors errors) {
    model.addAttribute("household", target.household());
    model.addAttribute("person", target.person());
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "reintegration/profile";
  }

  private static void put(MultiValueMap<String, String> values, String name, String value) {
    if (value != null) {
      values.add(name, value);
    }
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }
}
