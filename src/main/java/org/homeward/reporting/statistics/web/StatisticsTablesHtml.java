package org.homeward.reporting.statistics.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.homeward.reporting.statistics.StatisticsTable;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The public statistics' tables as HTML, rendered once per language and kept until the tables
 * change: the counts change a few times a day, the page is read far more often, and rendering
 * thousands of cells was most of a view's time. Only the languages of the application are kept, so
 * a reader's Accept-Language cannot make the store grow.
 */
@Component
class StatisticsTablesHtml {

  static final String TEMPLATE = "reporting/statistics-tables";
  private static final Set<String> KEPT = Set.of("fr", "en", "ar");

  private final ITemplateEngine templates;
  private final Map<String, Rendered> kept = new ConcurrentHashMap<>();

  private record Rendered(List<StatisticsTable> tables, String html) {}

  StatisticsTablesHtml(ITemplateEngine templates) {
    this.templates = templates;
  }

  /**
   * The HTML of {@code tables} in {@code locale}; {@code views} gives them with their names in that
   * language, asked for only when the tables are rendered again. The tables are told apart by
   * identity: the statistics hand out the same list until their counts change.
   */
  String html(List<StatisticsTable> tables, Locale locale, Supplier<List<?>> views) {
    String language = locale.getLanguage();
    Rendered r = kept.get(language);
    if (r != null && r.tables() == tables) {
      return r.html();
    }
    String html = templates.process(TEMPLATE, new Context(locale, Map.of("tables", views.get())));
    if (KEPT.contains(language)) {
      kept.put(language, new Rendered(tables, html));
    }
    return html;
  }
}
