-- The implementing partners of a mission in the country of return, with their contacts and the
-- services they offer, and the referrals of returnees to them.
CREATE TABLE reintegration_partner
(
  id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  mission_code TEXT NOT NULL,
  name         TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('NGO', 'TRAINING_CENTRE', 'MICROFINANCE_INSTITUTION',
                 'HEALTH_PROVIDER', 'OTHER')),
  city         TEXT,
  address      TEXT,
  contact_name TEXT,
  phone        TEXT,
  email        TEXT,
  services     TEXT[] NOT NULL DEFAULT '{}',
  notes        TEXT,
  active       BOOLEAN NOT NULL DEFAULT TRUE,
  version      BIGINT NOT NULL DEFAULT 1,
  created_at   TIMESTAMPTZ NOT NULL,
  created_by   TEXT NOT NULL,
  updated_at   TIMESTAMPTZ NOT NULL,
  updated_by   TEXT NOT NULL
);
CREATE UNIQUE INDEX reintegration_partner_name ON reintegration_partner (mission_code, lower(name));

ALTER TABLE reintegration_plan
  ADD FOREIGN KEY (provider_partner_id) REFERENCES reintegration_partner (id);
ALTER TABLE reintegration_purchase_order
  ADD FOREIGN KEY (vendor_partner_id) REFERENCES reintegration_partner (id);

-- A returnee sent to a partner for a service: REFERRED, then ACCEPTED or DECLINED, then COMPLETED
-- or DROPPED.
CREATE TABLE reintegration_referral
(
  id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  case_id     UUID NOT NULL REFERENCES reintegration_case (case_id),
  case_number TEXT NOT NULL,
  person_id   UUID NOT NULL,
  partner_id  BIGINT NOT NULL REFERENCES reintegration_partner (id),
  service     TEXT NOT NULL,
  status      TEXT NOT NULL
    CHECK (status IN ('REFERRED', 'ACCEPTED', 'DECLINED', 'COMPLETED', 'DROPPED')),
  referred_on DATE NOT NULL,
  changed_on  DATE NOT NULL,
  note        TEXT,
  outcome     TEXT,
  version     BIGINT NOT NULL DEFAULT 1,
  created_at  TIMESTAMPTZ NOT NULL,
  created_by  TEXT NOT NULL,
  updated_at  TIMESTAMPTZ NOT NULL,
  updated_by  TEXT NOT NULL
);
CREATE INDEX reintegration_referral_by_case ON reintegration_referral (case_id);
CREATE INDEX reintegration_referral_by_partner ON reintegration_referral (partner_id);
