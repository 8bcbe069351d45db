package org.homeward.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldEncryptionTest {

  static final byte[] K1 = filled(1);
  static final byte[] K2 = filled(2);
  static final byte[] INDEX = filled(9);

  @Test
  void sealsSoThatTheValueCannotBeReadAndOpensIt() {
    FieldEncryption encryption = new FieldEncryption(Map.of("k1", K1), "k1", INDEX);
    byte[] sealed = encryption.seal("tuberculosis, under treatment", "person-1");
    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("tuberculosis");
    assertThat(encryption.open(sealed, "person-1")).isEqualTo("tuberculosis, under treatment");
  }

  @Test
  void aValueMovedToAnotherRecordDoesNotOpen() {
    FieldEncryption encryption = new FieldEncryption(Map.of("k1", K1), "k1", INDEX);
    byte[] sealed = encryption.seal("GBV survivor", "person-1");
    assertThatThrownBy(() -> encryption.open(sealed, "person-2")).hasMessageContaining("integrity");
  }

  @Test
  void aTamperedValueDoesNotOpen() {
    FieldEncryption encryption = new FieldEncryption(Map.of("k1", K1), "k1", INDEX);
    byte[] sealed = encryption.seal("GBV survivor", "person-1");
    sealed[sealed.length - 1] ^= 1;
    assertThatThrownBy(() -> encryption.open(sealed, "person-1")).hasMessageContaining("integrity");
  }

  @Test
  void afterARotationOldValuesStillOpenAndNewOnesUseTheNewKey() {
    byte[] old = new FieldEncryption(Map.of("k1", K1), "k1", INDEX).seal("epilepsy", "p");
    FieldEncryption rotated = new FieldEncryption(Map.of("k1", K1, "k2", K2), "k2", INDEX);
    assertThat(rotated.open(old, "p")).isEqualTo("epilepsy");
    assertThat(FieldEncryption.keyIdOf(old)).isEqualTo("k1");
    assertThat(FieldEncryption.keyIdOf(rotated.seal("epilepsy", "p"))).isEqualTo("k2");
  }

  @Test
  void blindIndexTagsAreEqualForEqualValuesOnly() {
    FieldEncryption encryption = new FieldEncryption(Map.of("k1", K1), "k1", INDEX);
    assertThat(encryption.blindIndex("GBV_SURVIVOR"))
        .isEqualTo(encryption.blindIndex("GBV_SURVIVOR"));
    assertThat(encryption.blindIndex("GBV_SURVIVOR"))
        .isNotEqualTo(encryption.blindIndex("MENTAL_HEALTH"));
    assertThat(encryption.blindIndex("GBV_SURVIVOR")).doesNotContain("GBV");
  }

  @Test
  void refusesAKeyOfTheWrongLength() {
    assertThatThrownBy(() -> new FieldEncryption(Map.of("k1", new byte[16]), "k1", INDEX))
        .hasMessageContaining("256 bits");
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
