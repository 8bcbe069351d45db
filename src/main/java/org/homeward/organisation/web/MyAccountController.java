package org.homeward.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.homeward.organisation.Actor;
import org.homeward.organisation.Permission;
import org.homeward.organisation.Requires;
import org.homeward.organisation.internal.Accounts;
import org.homeward.organisation.internal.ApiTokens;
import org.homeward.organisation.internal.SecondFactor;
import org.homeward.shared.ConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** One's own account: who am I, password, personal API tokens, second factor. */
@RestController
@RequestMapping("/api/v1/me")
@Requires(Permission.OWN_ACCOUNT)
@Tag(name = "My account", description = "Password, personal API tokens and the second factor")
class MyAccountController {

  private final Accounts accounts;
  private final ApiTokens tokens;
  private final SecondFactor secondFactor;

  MyAccountController(Accounts accounts, ApiTokens tokens, SecondFactor secondFactor) {
    this.accounts = accounts;
    this.tokens = tokens;
    this.secondFactor = secondFactor;
  }

  @GetMapping
  @Operation(
      operationId = "getMe",
      summary = "Who I am and what I may do (with a token: what the token may do)",
      description =
          "My username, name, mission, roles, language and e-mail, the permissions this request"
              + " carries, and whether my second factor is on.")
  MeResponse me(Actor actor) {
    return MeResponse.of(accounts.me(actor), actor);
  }

  @PostMapping("/password")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      operationId = "changePassword",
      summary = "Change my password (the current one is asked)",
      description =
          "The new password follows the password rules (docs/authentication.md); a wrong current"
              + " password is a field error (`wrong-password`).")
  void changePassword(@RequestBody PasswordChangeRequest request, Actor actor) {
    accounts.changePassword(actor, request.currentPassword(), request.newPassword());
  }

  @PostMapping("/tokens")
  @Operation(
      operationId = "createToken",
      summary = "Create a personal API token",
      description =
          "The token is in the answer once and never again. It carries only the permissions"
              + " asked for, which must be among mine.")
  @ApiResponse(
      responseCode = "201",
      description = "Created: the token's secret (`hw_…`) is in this answer only")
  ResponseEntity<CreatedTokenResponse> createToken(@RequestBody TokenRequest request, Actor actor) {
    ApiTokens.CreatedToken created =
        tokens.create(actor, request.name(), request.permissions(), request.expiresInDays());
    return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + created.token().id()))
        .body(CreatedTokenResponse.of(created));
  }

  @GetMapping("/tokens")
  @Operation(
      operationId = "listTokens",
      summary = "My API tokens (never their secret)",
      description =
          "Each token's name and permissions, and when it was created, expires, was last used and"
              + " was revoked.")
  List<TokenResponse> tokens(Actor actor) {
    return tokens.list(actor).stream().map(TokenResponse::of).toList();
  }

  @DeleteMapping("/tokens/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      operationId = "revokeToken",
      summary = "Revoke one of my API tokens; it stops working at once",
      description = "A request signed with it afterwards gets 401 (`invalid-token`).")
  void revokeToken(@PathVariable UUID id, Actor actor) {
    tokens.revoke(actor, id);
  }

  @PostMapping("/totp")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(
      operationId = "enrolSecondFactor",
      summary = "Start enrolling a second factor",
      description =
          "Shows the secret once, for an authenticator app; confirm with a first code. 409 when"
              + " the second factor is on already.")
  EnrolmentResponse enrolSecondFactor(Actor actor) throws ConflictException {
    SecondFactor.Enrolment enrolment = secondFactor.enrol(actor);
    return new EnrolmentResponse(enrolment.secret(), enrolment.uri());
  }

  @PostMapping("/totp/confirmation")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      operationId = "confirmSecondFactor",
      summary = "Confirm the second factor with a code from the app: sign-in asks for it",
      description =
          "A wrong code is a field error (`wrong-code`); 409 when there is no enrolment to"
              + " confirm or the second factor is on already.")
  void confirmSecondFactor(@RequestBody CodeRequest request, Actor actor) throws ConflictException {
    secondFactor.confirm(actor, request.code());
  }

  @DeleteMapping("/totp")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(
      operationId = "disableSecondFactor",
      summary = "Turn the second factor off, with a current code",
      description = "A wrong code is a field error (`wrong-code`); 409 when it is not on.")
  void disableSecondFactor(@RequestBody CodeRequest request, Actor actor) throws ConflictException {
    secondFactor.disable(actor, request.code());
  }
}
