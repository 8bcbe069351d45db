package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every word of the interface exists in French, English and Arabic, and comes from the bundles. */
class MessageBundlesTest {

  static final List<String> LANGUAGES = List.of("en", "fr", "ar");
  static final Path TEMPLATES = Path.of("src/main/resources/templates");

  /** A tag, whose quoted attributes may hold a {@code >} (as in {@code ${a > 1}}). */
  static final Pattern TAG = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>");

  /** The attributes a person reads or hears. */
  static final Pattern READ_ATTRIBUTE =
      Pattern.compile("(?<![:\\w-])(title|alt|placeholder|aria-label|label|value)=\"([^\"]*)\"");

  @Test
  void everyKeyExistsInEveryLanguage() throws IOException {
    TreeSet<String> all = new TreeSet<>();
    for (String language : LANGUAGES) {
      all.addAll(keys(language));
    }
    for (String language : LANGUAGES) {
      TreeSet<String> missing = new TreeSet<>(all);
      missing.removeAll(keys(language));
      assertThat(missing).as("keys missing from messages_%s.properties", language).isEmpty();
    }
  }

  @Test
  void noBundleHasAnEmptyMessage() throws IOException {
    for (String language : LANGUAGES) {
      Properties messages = load(language);
      assertThat(messages.stringPropertyNames())
          .as("empty messages in messages_%s.properties", language)
          .allSatisfy(key -> assertThat(messages.getProperty(key)).isNotBlank());
    }
  }

  @Test
  void everyKeyATemplateNamesExistsInTheBundles() throws IOException {
    Pattern key = Pattern.compile("#\\{([a-z][\\w.-]*)[}(]");
    TreeSet<String> known = keys("en");
    List<String> unknown = new ArrayList<>();
    for (Path template : templates()) {
      Matcher m = key.matcher(Files.readString(template));
      while (m.find()) {
        if (!known.contains(m.group(1))) {
          unknown.add(TEMPLATES.relativize(template) + ": " + m.group(1));
        }
      }
    }
    assertThat(unknown).isEmpty();
  }

  @Test
  void templatesHoldNoTextOfTheirOwn() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path template : templates()) {
      String html =
          Files.readString(template)
              .replaceAll("(?s)<!--.*?-->", "")
              .replaceAll("(?s)<script.*?</script>", "")
              .replaceAll("(?s)<style.*?</style>", "");
      for (String text : TAG.split(html)) {
        if (text.codePoints().anyMatch(Character::isLetter)) {
          found.add(TEMPLATES.relativize(template) + ": " + text.strip());
        }
      }
      Matcher attribute = READ_ATTRIBUTE.matcher(html);
      while (attribute.find()) {
        String value = attribute.group(2);
        boolean data = attribute.group(1).equals("value") || value.startsWith("${");
        if (!data && value.codePoints().anyMatch(Character::isLetter)) {
          found.add(TEMPLATES.relativize(template) + ": " + attribute.group());
        }
      }
    }
    assertThat(found).as("text written into templates instead of the message bundles").isEmpty();
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(p -> p.toString().endsWith(".html")).toList();
    }
  }

  private static TreeSet<String> keys(String language) throws IOException {
    return new TreeSet<>(load(language).stringPropertyNames());
  }

  private static Properties load(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream(
            "/i18n/messages_" + language + ".properties")) {
      assertThat(in).as("messages_%s.properties", language).isNotNull();
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
