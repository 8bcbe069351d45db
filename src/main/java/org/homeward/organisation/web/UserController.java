package org.homeward.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.organisation.internal.Accounts;
import org.homeward.shared.ConflictException;
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
  @Operation(
      operationId = "listUsers",
      summary = "Every account",
      description =
          "Each account's name, mission, roles, language and e-mail, and whether it is enabled,"
              + " locked, or has a second factor.")
  List<UserResponse> all() {
    return accounts.all().stream().map(UserResponse::of).toList();
  }

  @GetMapping("/{username}")
  @Operation(
      operationId = "getUser",
      summary = "One account",
      description =
          "Its name, mission, roles, language and e-mail, and whether it is enabled, locked, or"
              + " has a second factor.")
  UserResponse one(@PathVariable String username) {
    return UserResponse.of(accounts.find(username));
  }

  @PostMapping
  @Operation(
      operationId = "createUser",
      summary = "Create an account",
      description =
          "The initial password follows the password rules (docs/authentication.md). 409 when"
              + " another account has the username or e-mail address.")
  @ApiResponse(responseCode = "201", description = "Created: Location names the account")
  ResponseEntity<UserResponse> create(@RequestBody NewUserRequest request, Actor actor)
      throws ConflictException {
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
      operationId = "changeUser",
      summary = "Change roles, enable or disable, unlock, or remove the second factor",
      description =
          "A merge patch: only the fields sent change. {\"locked\": false} lifts a lockout;"
              + " {\"secondFactor\": false} removes a lost second factor. 409 when the change"
              + " would leave no enabled administrator.")
  UserResponse change(
      @PathVariable String username, @RequestBody UserPatchRequest request, Actor actor)
      throws ConflictException {
    return UserResponse.of(
        accounts.change(
            username,
            new Accounts.UserChange(
                request.roles(), request.enabled(), request.locked(), request.secondFactor()),
            actor));
  }
}
