-- Funding: who gives the money, and the dated exchange rates every conversion uses.
-- Amounts are NUMERIC, never floating point: 15 digits before the point, 4 after.
CREATE TABLE funding_donor
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('GOVERNMENT', 'MULTILATERAL', 'PRIVATE')),
  country_code CHAR(3),
  version      BIGINT NOT NULL DEFAULT 1,
  created_at   TIMESTAMPTZ NOT NULL,
  created_by   TEXT NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL,
  updated_by   TEXT NOT NULL
);
CREATE UNIQUE INDEX funding_donor_name ON funding_donor (lower(name));

CREATE TABLE funding_donor_contact
(
  donor_id BIGINT NOT NULL REFERENCES funding_donor (id) ON DELETE CASCADE,
  position INT NOT NULL,
  name     TEXT NOT NULL,
  role     TEXT,
  email    TEXT,
  phone    TEXT,
  PRIMARY KEY (donor_id, position)
);

-- The users who read a donor's aggregates (role DONOR_VIEWER): only those of the projects it funds.
CREATE TABLE funding_donor_viewer
(
  username TEXT PRIMARY KEY,
  donor_id BIGINT NOT NULL REFERENCES funding_donor (id) ON DELETE CASCADE
);

-- On rate_date one unit of from_currency is worth rate units of to_currency, until the next rate
-- of the pair. Rates are never changed once entered, so a conversion can always be done again.
CREATE TABLE funding_exchange_rate
(
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  rate_date     DATE NOT NULL,
  from_currency CHAR(3) NOT NULL,
  to_currency   CHAR(3) NOT NULL,
  rate          NUMERIC(35, 20) NOT NULL CHECK (rate > 0),
  entered_by    TEXT NOT NULL,
  entered_at    TIMESTAMPTZ NOT NULL,
  uploaded      BOOLEAN NOT NULL DEFAULT FALSE,
  CHECK (from_currency <> to_currency),
  UNIQUE (from_currency, to_currency, rate_date)
);
