package org.homeward.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
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

  /** Sealed with the key {@code k1} (all ones) by an earlier version: the stored format. */
  static final String SEALED_BEFORE =
      "01026b31c114c8c682def9abbfd9634a286314d9aa4efbb1229563fe228a40f5e7e496032adff216d1ea91e1"
          + "16e0c1535d00e2f930415442e6d28f6960b077f0842d292c0e34e051fd6a3a40fd2d83ff70fdbd4e2ac7e7"
          + "3aa93b53ae9626020177edb17a435efdc751a05eba5e9e15";

  @Test
  void opensWhatAnEarlierVersionSealed() {
    byte[] stored = HexFormat.of().parseHex(SEALED_BEFORE);
    String person = "5f0c6a3e-2b1d-4c8e-9f47-1a2b3c4d5e6f";
    String expected =
        "{\"vulnerabilities\":[\"GBV_SURVIVOR\"],\"notes\":\"referred to the shelter in Rabat\"}";

    assertThat(FieldEncryption.keyIdOf(stored)).isEqualTo("k1");
    assertThat(new FieldEncryption(Map.of("k1", K1), "k1", K1).open(stored, person))
        .isEqualTo(expected);
    assertThat(new FieldEncryption(Map.of("k1", K1, "k2", K2), "k2", INDEX).open(stored, person))
        .as("after a rotation")
        .isEqualTo(expected);
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
