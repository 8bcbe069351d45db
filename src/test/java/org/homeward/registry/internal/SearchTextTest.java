package org.homeward.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

  @Test
  void foldsCaseAccentsApostrophesAndHyphens() {
    assertThat(SearchText.normalise("N'Guessan")).isEqualTo("nguessan");
    assertThat(SearchText.normalise("NGUESSAN")).isEqualTo("nguessan");
    assertThat(SearchText.normalise("Jean-Pierre  Keïta")).isEqualTo("jean pierre keita");
    assertThat(SearchText.normalise("Ndèye Fatou")).isEqualTo("ndeye fatou");
  }

  @Test
  void keepsArabicScriptAndAddsItsTransliteration() {
    String folded = SearchText.normalise("محمد");
    assertThat(folded).startsWith("محمد ");
    assertThat(folded.substring(folded.indexOf(' ') + 1)).matches("[a-z ]+").contains("m");
  }
}
