package org.homeward.shared.web;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * What every page's frame needs: the reading direction of the language and the language switcher,
 * whose links keep the page the user is on.
 */
@ControllerAdvice(annotations = PageController.class, assignableTypes = ErrorController.class)
class PageLayout {

  /** The interface languages, each named in itself. */
  static final List<Locale> LANGUAGES =
      List.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("ar"));

  /** A link of the language switcher. */
  public record LanguageLink(String code, String name, String href, boolean current) {}

  @ModelAttribute("languages")
  List<LanguageLink> languages() {
    Locale current = LocaleContextHolder.getLocale();
    return LANGUAGES.stream()
        .map(l -> {
          String name = l.getDisplayLanguage(l);
          return new LanguageLink(
              l.getLanguage(),
              name.substring(0, 1).toUpperCase(l) + name.substring(1),
              here(l.getLanguage()),
              l.getLanguage().equals(current.getLanguage()));
        })
        .toList();
  }

  /** This page's address (without the host, which a proxy may rewrite) in another language. */
  private static String here(String language) {
    UriComponents url =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("lang", language)
            .replaceQueryParam("continue")
            .build();
    return url.getPath() + "?" + url.getQuery();
  }

  @ModelAttribute("rtl")
  boolean rightToLeft() {
    return LocaleContextHolder.getLocale().getLanguage().equals("ar");
  }
}
