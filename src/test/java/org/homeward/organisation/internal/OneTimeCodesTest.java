package org.homeward.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codes match RFC 6238's own test vectors (appendix B, HMAC-SHA1). */
class OneTimeCodesTest {

  private static final byte[] RFC_SECRET =
      "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  @ParameterizedTest
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void matchesTheRfc6238TestVectors(long epochSecond, String expected) {
    long step = OneTimeCodes.step(Instant.ofEpochSecond(epochSecond));
    assertThat(new OneTimeCodes(8).code(RFC_SECRET, step)).isEqualTo(expected);
    // authenticator apps show six digits: the same number's last six
    assertThat(new OneTimeCodes().code(RFC_SECRET, step)).isEqualTo(expected.substring(2));
  }

  @Test
  void changesEveryThirtySeconds() {
    assertThat(OneTimeCodes.step(Instant.ofEpochSecond(59)))
        .isEqualTo(OneTimeCodes.step(Instant.ofEpochSecond(30)))
        .isNotEqualTo(OneTimeCodes.step(Instant.ofEpochSecond(60)));
  }
}
