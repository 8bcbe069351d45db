package org.homeward.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.organisation.internal.Accounts;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User accounts, for administrators. */
@RestController
@RequestMapping("/api/v1/users")
@Requires(Permission.USER_MANAGE)
@Tag(name = "Users", description = "Accounts, roles, enabling and unlocking")
class UserController {

  private final Accounts accounts;

  UserController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping
  @Operation(summary = "Every account")
  List<UserResponse> all() {
    return accounts.all().stream().map(UserResponse::of).toList();
  }

  @GetMapping("/{username}")
  @Operation(summary = "One account")
  UserResponse one(@PathVariable String username) {
    return UserResponse.of(accounts.find(username));
  }

  @PostMapping
  @Operation(
      summary = "Create an account",
      description = "The initial password follows the password rules (docs/authentication.md).")
  ResponseEntity<UserResponse> create(@RequestBody NewUserRequest request, Actor actor) {
    Accounts.Account created =
        accounts.create(
            new Accounts.NewUser(
                request.username(),
                request.displayName(),
                request.missionCode(),
                request.roles(),
                request.language(),
                request.email(),
                request.password()),
            actor);
    return ResponseEntity.created(URI.create("/api/v1/users/" + created.username()))
        .body(UserResponse.of(created));
  }

  @PatchMapping(
      path = "/{username}",
      consumes = {"application/merge-patch+json", "application/json"})
  @Operation(
      summary = "Change roles, enable or disable, unlock, or remove the second factor",
      description =
          "A merge patch: only the fields sent change. {\"locked\": false} lifts a lockout;"
              + " {\"secondFactor\": false} removes a lost second factor.")
  UserResponse change(
      @PathVariable String username, @RequestBody UserPatchRequest request, Actor actor) {
    return UserResponse.of(
        accounts.change(
            username,
            new Accounts.UserChange(
                request.roles(), request.enabled(), request.locked(), request.secondFactor()),
            actor));
  }
}
