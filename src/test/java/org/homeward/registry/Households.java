package org.homeward.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for registering households in tests, as an outside tool would send them. */
public final class Households {

  private Households() {}

  /**
   * The reference family: a pregnant woman, her husband and their infant, from Cameroon. Names are
   * made unique with {@code tag} so searches find only this family among the demo data.
   */
  public static Map<String, Object> familyOfThree(String familyName) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("missionCode", "MAR");
    body.put("destinationCountry", "CMR");
    body.put("finalDestination", "Douala");
    List<Map<String, Object>> members = new ArrayList<>();
    members.add(
        member(
            "Marie",
            familyName,
            "F",
            "1990-05-01",
            "PRINCIPAL",
            "+212600000001",
            List.of("PREGNANT")));
    members.add(member("Paul", familyName, "M", "1986-02-11", "SPOUSE", null, List.of()));
    members.add(
        member(
            "Junior",
            familyName,
            "M",
            java.time.LocalDate.now().minusMonths(5).toString(),
            "CHILD",
            null,
            List.of()));
    body.put("members", members);
    return body;
  }

  public static Map<String, Object> member(
      String given,
      String family,
      String sex,
      String born,
      String relationship,
      String phone,
      List<String> vulnerabilities) {
    Map<String, Object> member = new LinkedHashMap<>();
    member.put("givenName", given);
    member.put("familyName", family);
    member.put("sex", sex);
    member.put("dateOfBirth", born);
    member.put("dobEstimated", false);
    member.put("nationality", "CMR");
    member.put("relationship", relationship);
    if (phone != null) {
      member.put("phone", phone);
    }
    member.put("vulnerabilities", vulnerabilities);
    return member;
  }

  /**
   * A family name no demo household has, made of random syllables so that searches (which tolerate
   * misspellings) find only the test's own case.
   */
  public static String uniqueFamilyName() {
    String consonants = "bdfgklmnprstvz";
    String vowels = "aeiou";
    java.util.concurrent.ThreadLocalRandom random =
        java.util.concurrent.ThreadLocalRandom.current();
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      name.append(consonants.charAt(random.nextInt(consonants.length())));
      name.append(vowels.charAt(random.nextInt(vowels.length())));
    }
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
