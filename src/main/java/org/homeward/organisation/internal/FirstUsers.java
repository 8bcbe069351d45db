package org.homeward.organisation.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.homeward.organisation.Role;
import org.homeward.shared.InvalidInputException;
import org.homeward.shared.Violations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first accounts of an empty database: the demo users in demo mode, otherwise one
 * administrator whose password comes from {@code HOMEWARD_ADMIN_PASSWORD} or is generated and
 * written to the log once.
 */
@Component
@Order(10)
class FirstUsers implements ApplicationRunner {

  static final String DEMO_PASSWORD = "homeward-demo";

  private static final Logger log = LoggerFactory.getLogger(FirstUsers.class);

  record DemoUser(
      String username, String displayName, String mission, Set<Role> roles, String language) {}

  /**
   * One user per role in Morocco, the reintegration side in Cameroon (with the chief of mission who
   * approves as the second person), and the regional view.
   */
  static final List<DemoUser> DEMO_USERS =
      List.of(
          new DemoUser("admin", "Administrator", "HQ", Set.of(Role.ADMINISTRATOR), "en"),
          new DemoUser("caseworker.mar", "Amina Benali", "MAR", Set.of(Role.CASEWORKER), "fr"),
          new DemoUser(
              "medical.mar", "Dr Karim Idrissi", "MAR", Set.of(Role.MEDICAL_OFFICER), "fr"),
          new DemoUser(
              "movement.mar", "Youssef El Amrani", "MAR", Set.of(Role.MOVEMENT_OFFICER), "fr"),
          new DemoUser("finance.mar", "Leila Haddad", "MAR", Set.of(Role.FINANCE_OFFICER), "ar"),
          new DemoUser("chief.mar", "Anne Lefèvre", "MAR", Set.of(Role.CHIEF_OF_MISSION), "fr"),
          new DemoUser(
              "dataprotection.mar",
              "Hicham Tazi",
              "MAR",
              Set.of(Role.DATA_PROTECTION_FOCAL_POINT),
              "fr"),
          new DemoUser(
              "me.mar", "Sara Ouazzani", "MAR", Set.of(Role.MONITORING_EVALUATION_OFFICER), "en"),
          new DemoUser("caseworker.cmr", "Brigitte Ngono", "CMR", Set.of(Role.CASEWORKER), "fr"),
          new DemoUser(
              "reintegration.cmr",
              "Samuel Atangana",
              "CMR",
              Set.of(Role.REINTEGRATION_OFFICER),
              "fr"),
          new DemoUser("chief.cmr", "Pauline Mbarga", "CMR", Set.of(Role.CHIEF_OF_MISSION), "fr"),
          new DemoUser(
              "me.rmn", "Omar Farouk", "RMN", Set.of(Role.MONITORING_EVALUATION_OFFICER), "ar"),
          new DemoUser(
              "donor.viewer", "Donor representative", "HQ", Set.of(Role.DONOR_VIEWER), "en"));

  private final Users users;
  private final PasswordPolicy policy;
  private final PasswordEncoder encoder;
  private final boolean demo;
  private final String initialPassword;

  FirstUsers(
      Users users,
      PasswordPolicy policy,
      PasswordEncoder encoder,
      @Value("${homeward.demo}") boolean demo,
      @Value("${homeward.admin.initial-password:}") String initialPassword) {
    this.users = users;
    this.policy = policy;
    this.encoder = encoder;
    this.demo = demo;
    this.initialPassword = initialPassword;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (users.any()) {
      return;
    }
    if (demo) {
      // the demo password is shorter than the policy allows: demo mode only, never a real install
      String hash = encoder.encode(DEMO_PASSWORD);
      for (DemoUser user : DEMO_USERS) {
        users.add(
            user.username(),
            user.displayName(),
            hash,
            user.mission(),
            user.roles(),
            user.language());
      }
      log.info("demo users created, all with the password '{}'", DEMO_PASSWORD);
      return;
    }
    String password = initialPassword;
    if (password.isBlank()) {
      password = generated();
      log.warn(
          "created user 'admin' with the generated password: {} (change it after signing in)",
          password);
    } else {
      Violations violations = new Violations();
      policy.check(violations, "HOMEWARD_ADMIN_PASSWORD", "admin", password);
      if (!violations.isEmpty()) {
        throw new IllegalStateException(
            "HOMEWARD_ADMIN_PASSWORD is not accepted: "
                + new InvalidInputException(violations.list()).getMessage());
      }
      log.info("created user 'admin' with the password from HOMEWARD_ADMIN_PASSWORD");
    }
    users.add(
        "admin", "Administrator", encoder.encode(password), "HQ", Set.of(Role.ADMINISTRATOR), "en");
  }

  /** 24 random characters (144 bits), checked against the policy like any other password. */
  private String generated() {
    SecureRandom random = new SecureRandom();
    while (true) {
      byte[] bytes = new byte[18];
      random.nextBytes(bytes);
      String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      Violations violations = new Violations();
      policy.check(violations, "password", "admin", password);
      if (violations.isEmpty()) {
        return password;
      }
    }
  }
}
