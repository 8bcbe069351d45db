package org.homeward.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Mission;
import org.homeward.organisation.Missions;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.organisation.Role;
import org.homeward.organisation.internal.Accounts;
import org.homeward.shared.ConflictException;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.Violation;
import org.homeward.shared.web.FieldErrors;
import org.homeward.shared.web.Formats;
import org.homeward.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' pages for accounts: the list, a new account, and the changes an administrator
 * may make (roles, enabling, unlocking, removing a lost second factor). Every rule (password rules,
 * the last administrator) is the one {@link Accounts} applies for the API too.
 */
@PageController
@Requires(Permission.USER_MANAGE)
class UserPages {

  /** The interface languages a new account can start in. */
  static final List<String> LANGUAGES = List.of("fr", "en", "ar");

  private final Accounts accounts;
  private final Missions missions;
  private final Formats formats;
  private final MessageSource messages;

  UserPages(Accounts accounts, Missions missions, Formats formats, MessageSource messages) {
    this.accounts = accounts;
    this.missions = missions;
    this.formats = formats;
    this.messages = messages;
  }

  /** What was typed on the new-account form, so that nothing is lost when it comes back. */
  record NewUserForm(
      String username,
      String displayName,
      String missionCode,
      Set<Role> roles,
      String language,
      String email,
      String password) {

    static NewUserForm blank(String missionCode) {
      return new NewUserForm("", "", missionCode, Set.of(), "fr", "", "");
    }

    public boolean has(Role role) {
      return roles.contains(role);
    }

    @Override
    public String toString() {
      // never a password in a log line
      return "NewUserForm[" + username + ", " + missionCode + ", " + roles + "]";
    }
  }

  @GetMapping("/admin/users")
  String list(Model model) {
    model.addAttribute(
        "users",
        accounts.all().stream().sorted(Comparator.comparing(Accounts.Account::username)).toList());
    model.addAttribute("missionNames", missionNames());
    return "admin/users";
  }

  @GetMapping("/admin/users/new")
  String newUser(Actor actor, Model model) {
    return form(model, NewUserForm.blank(actor.missionCode()), FieldErrors.NONE);
  }

  @PostMapping("/admin/users")
  String create(
      @RequestParam(required = false) String username,
      @RequestParam(required = false) String displayName,
      @RequestParam(required = false) String missionCode,
      @RequestParam(required = false) List<String> roles,
      @RequestParam(required = false) String language,
      @RequestParam(required = false) String email,
      @RequestParam(required = false) String password,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    NewUserForm form =
        new NewUserForm(
            strip(username),
            displayName,
            missionCode,
            roles(roles),
            language,
            strip(email),
            password);
    try {
      Accounts.Account created =
          accounts.create(
              new Accounts.NewUser(
                  form.username(),
                  form.displayName(),
                  form.missionCode(),
                  form.roles(),
                  blankToNull(form.language()),
                  blankToNull(form.email()),
                  form.password()),
              actor);
      redirect.addFlashAttribute("notice", "created");
      redirect.addFlashAttribute("noticeUser", created.username());
      return "redirect:/admin/users";
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return form(model, keepUnlessRejected(form, e.violations()), errors(e.violations()));
    } catch (ConflictException e) {
      // a taken name or address is the fault of one field: say so at that field
      response.setStatus(HttpStatus.CONFLICT.value());
      String field = e.code().startsWith("email") ? "email" : "username";
      return form(model, form, errors(List.of(new Violation(field, e.code(), e.getMessage()))));
    }
  }

  @GetMapping("/admin/users/{username}")
  String show(@PathVariable String username, Model model) {
    return page(model, accounts.find(username));
  }

  /**
   * One change to an account: new roles, or one of the buttons (enable, disable, unlock, remove the
   * second factor). Each is a plain form post, so the page works without a script.
   */
  @PostMapping("/admin/users/{username}")
  String change(
      @PathVariable String username,
      @RequestParam(required = false) String action,
      @RequestParam(required = false) List<String> roles,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Accounts.UserChange change =
        switch (action == null ? "" : action) {
          case "roles" -> new Accounts.UserChange(roles(roles), null, null, null);
          case "enable" -> new Accounts.UserChange(null, true, null, null);
          case "disable" -> new Accounts.UserChange(null, false, null, null);
          case "unlock" -> new Accounts.UserChange(null, null, false, null);
          case "remove-second-factor" -> new Accounts.UserChange(null, null, null, false);
          default -> null;
        };
    if (change == null) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problem", "unknown-action");
      return page(model, accounts.find(username));
    }
    try {
      accounts.change(username, change, actor);
      redirect.addFlashAttribute("notice", action);
      return "redirect:/admin/users/" + username;
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("errors", errors(e.violations()));
      return page(model, accounts.find(username));
    } catch (ConflictException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      model.addAttribute("problem", e.code());
      return page(model, accounts.find(username));
    }
  }

  @ExceptionHandler(NotFoundException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "not-found";
  }

  private String page(Model model, Accounts.Account account) {
    model.addAttribute("account", account);
    model.addAttribute("allRoles", Role.values());
    model.addAttribute("mission", missionNames().getOrDefault(account.missionCode(), ""));
    if (!model.containsAttribute("errors")) {
      model.addAttribute("errors", FieldErrors.NONE);
    }
    return "admin/user";
  }

  private String form(Model model, NewUserForm form, FieldErrors errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("allRoles", Role.values());
    model.addAttribute("interfaceLanguages", formats.languages(LANGUAGES));
    model.addAttribute(
        "missions",
        missions.all().stream()
            .map(m -> new Formats.Choice(m.code(), m.code() + " – " + name(m)))
            .toList());
    return "admin/user-new";
  }

  /**
   * The form as typed, less a password the rules refused: it has to be replaced anyway, and a
   * password accepted while another field was wrong is kept so it need not be typed twice.
   */
  private static NewUserForm keepUnlessRejected(NewUserForm form, List<Violation> violations) {
    boolean rejected = violations.stream().anyMatch(v -> "password".equals(v.field()));
    return rejected
        ? new NewUserForm(
            form.username(),
            form.displayName(),
            form.missionCode(),
            form.roles(),
            form.language(),
            form.email(),
            "")
        : form;
  }

  private FieldErrors errors(List<Violation> violations) {
    return FieldErrors.of(violations, messages, LocaleContextHolder.getLocale());
  }

  private java.util.Map<String, String> missionNames() {
    return missions.all().stream().collect(Collectors.toMap(Mission::code, this::name));
  }

  /**
   * A country mission is named after its country, other offices as the bundles name them, in the
   * reader's language.
   */
  private String name(Mission m) {
    return m.countryCode() != null && m.code().equals(m.countryCode())
        ? formats.country(m.countryCode())
        : messages.getMessage(
            "office." + m.code(), null, m.name(), LocaleContextHolder.getLocale());
  }

  /** The roles ticked on a form; a value that names no role is ignored, as no box sends it. */
  private static Set<Role> roles(List<String> ticked) {
    if (ticked == null) {
      return Set.of();
    }
    List<Role> found = new ArrayList<>();
    for (String value : ticked) {
      Arrays.stream(Role.values()).filter(r -> r.name().equals(value)).forEach(found::add);
    }
    return found.isEmpty() ? Set.of() : EnumSet.copyOf(found);
  }

  private static String strip(String value) {
    return value == null ? null : value.strip();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
