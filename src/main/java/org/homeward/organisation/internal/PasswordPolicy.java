package org.homeward.organisation.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.shared.Violations;
import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.ValidationResult;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.rule.DictionaryRule;
import org.passay.rule.LengthRule;
import org.passay.rule.UsernameRule;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: long enough to resist guessing (12 characters, 128 at most), not one
 * of the passwords people choose most often (a list bundled with Homeward, in English, French and
 * Arabic, matched whatever the case and with any digits or punctuation at the end stripped), and
 * not containing the username. No rules about digits or symbols: length does more for strength and
 * people remember passphrases.
 */
@Component
public class PasswordPolicy {

  public static final int MINIMUM_LENGTH = 12;
  public static final int MAXIMUM_LENGTH = 128;

  static final String COMMON_PASSWORDS = "/organisation/common-passwords.txt";

  private final WordListDictionary common;
  private final PasswordValidator validator;

  public PasswordPolicy() {
    common = new WordListDictionary(load());
    validator =
        new DefaultPasswordValidator(
            new LengthRule(MINIMUM_LENGTH, MAXIMUM_LENGTH),
            new DictionaryRule(common),
            // matched backwards too, and whatever the case
            new UsernameRule(true, true));
  }

  /** Adds a violation under {@code field} for each rule {@code password} breaks. */
  public void check(Violations violations, String field, String username, String password) {
    if (password == null || password.isEmpty()) {
      violations.add(field, "required", "a password is required");
      return;
    }
    Map<String, String> found = new LinkedHashMap<>();
    ValidationResult result =
        validator.validate(new PasswordData(username == null ? "" : username, password));
    for (RuleResultDetail detail : result.getDetails()) {
      String code = detail.getErrorCode();
      if (code.startsWith("TOO_SHORT")) {
        found.put("too-short", "a password has at least " + MINIMUM_LENGTH + " characters");
      } else if (code.startsWith("TOO_LONG")) {
        found.put("too-long", "a password has at most " + MAXIMUM_LENGTH + " characters");
      } else if (code.startsWith("ILLEGAL_WORD")) {
        found.put("too-common", "this password is one of the most commonly used: choose another");
      } else if (code.startsWith("ILLEGAL_USERNAME")) {
        found.put("contains-username", "a password must not contain the username");
      }
    }
    if (!found.containsKey("too-common") && common.search(stem(password))) {
      found.put("too-common", "this password is a common one with a few characters added");
    }
    found.forEach((code, message) -> violations.add(field, code, message));
  }

  /** The password without the digits and punctuation people add to satisfy rules: azerty2024! */
  static String stem(String password) {
    int end = password.length();
    while (end > 0) {
      int c = password.codePointBefore(end);
      if (Character.isLetter(c)) {
        break;
      }
      end -= Character.charCount(c);
    }
    return password.substring(0, end).toLowerCase(Locale.ROOT);
  }

  private static ArrayWordList load() {
    List<String> words = new ArrayList<>();
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
      if (in == null) {
        throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the application");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // case-insensitive, sorted the way the dictionary searches it
    words.sort(WordLists.CASE_INSENSITIVE_COMPARATOR);
    return new ArrayWordList(words.stream().distinct().toArray(String[]::new), false);
  }

  /** How many common passwords are known: for the documentation and its test. */
  long commonPasswords() {
    return common.size();
  }
}
