package org.homeward.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ReaderLanguageTest {

  static final Locale ARABIC = Locale.forLanguageTag("ar");

  @Test
  void takesTheLanguageAskedForFirst() {
    assertThat(ReaderLanguage.pick("ar", "fr-FR,fr;q=0.9", Locale.ENGLISH)).isEqualTo(ARABIC);
    assertThat(ReaderLanguage.pick(" fr ", null, Locale.ENGLISH)).isEqualTo(Locale.FRENCH);
  }

  @Test
  void elseTheFirstInterfaceLanguageTheBrowserNames() {
    assertThat(ReaderLanguage.pick(null, "de-DE,de;q=0.9,ar-MA;q=0.8,fr;q=0.7", Locale.ENGLISH))
        .isEqualTo(ARABIC);
    assertThat(ReaderLanguage.pick("", "fr-CA", Locale.ENGLISH)).isEqualTo(Locale.FRENCH);
  }

  @Test
  void elseTheFilesOwnDefault() {
    assertThat(ReaderLanguage.pick(null, null, Locale.FRENCH)).isEqualTo(Locale.FRENCH);
    assertThat(ReaderLanguage.pick("de", "de-DE", Locale.ENGLISH)).isEqualTo(Locale.ENGLISH);
    assertThat(ReaderLanguage.pick(null, ";;not a list==", Locale.ENGLISH))
        .as("a malformed header")
        .isEqualTo(Locale.ENGLISH);
  }

  @Test
  void knowsOnlyTheInterfaceLanguages() {
    assertThat(ReaderLanguage.known("ar")).isTrue();
    assertThat(ReaderLanguage.known(" en\t")).isTrue();
    assertThat(ReaderLanguage.known("es")).isFalse();
    assertThat(ReaderLanguage.known(null)).isFalse();
  }
}
