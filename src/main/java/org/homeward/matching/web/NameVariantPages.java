package org.homeward.matching.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.homeward.matching.ExtraNameVariants;
import org.homeward.matching.NameVariantTable;
import org.homeward.matching.NameVariantsRejected;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.shared.StaleVersionException;
import org.homeward.shared.web.PageController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for the extra name variants: the text in force in a text area, saved
 * with a plain form post (no script needed), each problem shown at the field with its line.
 */
@PageController
class NameVariantPages {

  static final String PATH = "/duplicates/name-variants";

  private final ExtraNameVariants variants;
  private final MessageSource messages;

  NameVariantPages(ExtraNameVariants variants, MessageSource messages) {
    this.variants = variants;
    this.messages = messages;
  }

  @Requires(Permission.NAME_VARIANTS_MANAGE)
  @GetMapping(PATH)
  String show(Actor actor, Model model) {
    NameVariantTable table = variants.current(actor);
    return page(model, table, table.text(), table.version(), List.of(), null);
  }

  @Requires(Permission.NAME_VARIANTS_MANAGE)
  @PostMapping(PATH)
  String save(
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String version,
      Actor actor,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    long expected = parse(version);
    try {
      variants.save(text, expected, actor);
      redirect.addFlashAttribute("notice", "saved");
      return "redirect:" + PATH;
    } catch (NameVariantsRejected e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return page(model, variants.current(actor), text, expected, shown(e.problems()), null);
    } catch (StaleVersionException e) {
      response.setStatus(HttpStatus.CONFLICT.value());
      return page(model, variants.current(actor), text, expected, List.of(), "stale");
    }
  }

  private String page(
      Model model,
      NameVariantTable table,
      String text,
      long version,
      List<String> errors,
      String problem) {
    model.addAttribute("table", table);
    model.addAttribute("text", text == null ? "" : text);
    model.addAttribute("version", version);
    model.addAttribute("errors", errors);
    if (problem != null) {
      model.addAttribute("problem", problem);
    }
    return "duplicates/name-variants";
  }

  /** Each problem in the reader's language, naming its line. */
  private List<String> shown(List<NameVariantsRejected.LineProblem> problems) {
    Locale locale = LocaleContextHolder.getLocale();
    return problems.stream()
        .map(p -> {
          String key =
              "name-variants.error."
                  + p.code()
                  + (p.code().equals("too-long") && p.spelling() != null ? "-spelling" : "");
          return messages.getMessage(
              key,
              new Object[] {String.valueOf(p.line()), p.spelling(), String.valueOf(p.line() - 1)},
              p.message(),
              locale);
        })
        .toList();
  }

  private static long parse(String version) {
    try {
      return version == null ? 0 : Long.parseLong(version.strip());
    } catch (NumberFormatException e) {
      // a version the page never wrote: the save is refused as stale
      return -1;
    }
  }
}
