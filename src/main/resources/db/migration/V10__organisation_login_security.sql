-- Sign-in security: lockout after repeated failures, the optional second factor (TOTP) and
-- personal API tokens. Secrets are never stored in the clear: the TOTP secret is encrypted with
-- a key kept outside the database, API tokens only as their SHA-256 hash.

ALTER TABLE organisation_user
  -- set when too many sign-ins failed in a row; the account refuses every sign-in until then
  ADD COLUMN locked_until   TIMESTAMPTZ,
  -- for sign-in through an OpenID Connect provider that identifies people by e-mail
  ADD COLUMN email          TEXT UNIQUE CHECK (email = lower(email)),
  -- AES-GCM sealed, base64; present from enrolment on, used for sign-in once confirmed
  ADD COLUMN totp_secret    TEXT,
  ADD COLUMN totp_enabled   BOOLEAN NOT NULL DEFAULT FALSE,
  -- the last 30-second time step whose code was accepted: a code is good once only
  ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;

-- Failed sign-ins of existing accounts, counted over a sliding window. Unknown usernames are not
-- recorded, so guessing names cannot fill this table.
CREATE TABLE organisation_login_failure
(
  id        BIGSERIAL PRIMARY KEY,
  username  TEXT        NOT NULL REFERENCES organisation_user (username) ON DELETE CASCADE,
  failed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX organisation_login_failure_by_user ON organisation_login_failure (username, failed_at);

-- Personal API tokens for scripts and integrations: a subset of the owner's permissions.
CREATE TABLE organisation_api_token
(
  id           UUID PRIMARY KEY,
  username     TEXT        NOT NULL REFERENCES organisation_user (username) ON DELETE CASCADE,
  name         TEXT        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  -- hex SHA-256 of the whole token; the token itself is shown once and never stored
  token_hash   CHAR(64)    NOT NULL UNIQUE,
  permissions  TEXT[]      NOT NULL CHECK (cardinality(permissions) > 0),
  created_at   TIMESTAMPTZ NOT NULL,
  expires_at   TIMESTAMPTZ NOT NULL,
  last_used_at TIMESTAMPTZ,
  revoked_at   TIMESTAMPTZ
);
CREATE INDEX organisation_api_token_by_user ON organisation_api_token (username);
