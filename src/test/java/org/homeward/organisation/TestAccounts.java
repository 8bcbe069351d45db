package org.homeward.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.homeward.ApiClient;

/** Fresh accounts for tests that lock, change or enrol them, made through the admin API. */
public final class TestAccounts {

  public static final String PASSWORD = "long enough and uncommon 7";

  private static final AtomicInteger NEXT = new AtomicInteger();

  private TestAccounts() {}

  /** A new user of the Morocco mission with {@code role} and {@link #PASSWORD}. */
  public static String create(int port, String prefix, String role) {
    String username = prefix + "." + System.nanoTime() % 1_000_000 + NEXT.incrementAndGet();
    ApiClient.Response created =
        ApiClient.as(port, "admin")
            .post(
                "/api/v1/users",
                Map.of(
                    "username",
                    username,
                    "displayName",
                    "Test " + prefix,
                    "missionCode",
                    "MAR",
                    "roles",
                    List.of(role),
                    "language",
                    "fr",
                    "password",
                    PASSWORD));
    assertThat(created.status()).as(created.text()).isEqualTo(201);
    return username;
  }
}
