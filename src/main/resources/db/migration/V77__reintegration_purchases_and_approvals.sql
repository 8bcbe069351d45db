-- Goods and services bought in kind for an approved plan, in tranches: one purchase order each,
-- from a partner or another vendor, on a day, converted to the plan's currency at that day's rate.
-- Paid, it is an expenditure in funding's ledger on the case of each beneficiary.
CREATE TABLE reintegration_purchase_order
(
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id           BIGINT NOT NULL REFERENCES reintegration_plan (id),
  tranche           INT NOT NULL CHECK (tranche > 0),
  vendor_partner_id BIGINT,
  vendor            TEXT NOT NULL,
  purchased_on      DATE NOT NULL,
  amount            NUMERIC(19, 4) NOT NULL CHECK (amount > 0),
  currency          CHAR(3) NOT NULL,
  converted         NUMERIC(19, 4) NOT NULL,
  -- above the mission's threshold when ordered: a second person approves it before it is paid
  needs_approval    BOOLEAN NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('ORDERED', 'AWAITING_APPROVAL', 'APPROVED',
                      'REJECTED', 'PAID', 'CANCELLED')),
  paid_on           DATE,
  paid_at           TIMESTAMPTZ,
  paid_by           TEXT,
  closed_reason     TEXT,
  version           BIGINT NOT NULL DEFAULT 1,
  created_at        TIMESTAMPTZ NOT NULL,
  created_by        TEXT NOT NULL,
  updated_at        TIMESTAMPTZ NOT NULL,
  updated_by        TEXT NOT NULL,
  UNIQUE (plan_id, tranche),
  CHECK ((status = 'PAID') = (paid_on IS NOT NULL))
);

CREATE TABLE reintegration_purchase_item
(
  order_id    BIGINT NOT NULL REFERENCES reintegration_purchase_order (id),
  position    INT NOT NULL,
  description TEXT NOT NULL,
  quantity    INT NOT NULL CHECK (quantity > 0),
  amount      NUMERIC(19, 4) NOT NULL CHECK (amount > 0),
  PRIMARY KEY (order_id, position)
);

-- The ledger's expenditures a paid order became: one per case with a beneficiary in the plan.
CREATE TABLE reintegration_purchase_expenditure
(
  order_id       BIGINT NOT NULL REFERENCES reintegration_purchase_order (id),
  case_id        UUID NOT NULL,
  amount         NUMERIC(19, 4) NOT NULL,
  expenditure_id BIGINT NOT NULL,
  PRIMARY KEY (order_id, case_id)
);

-- A mission's threshold: a purchase above it (converted to its currency on the purchase's day)
-- needs a second person's approval. A mission without one approves every purchase twice.
CREATE TABLE reintegration_mission_setting
(
  mission_code       TEXT PRIMARY KEY,
  purchase_threshold NUMERIC(19, 4) NOT NULL CHECK (purchase_threshold >= 0),
  currency           CHAR(3) NOT NULL,
  version            BIGINT NOT NULL DEFAULT 1,
  updated_at         TIMESTAMPTZ NOT NULL,
  updated_by         TEXT NOT NULL
);

-- A request for a second person's approval: a plan above its cap, or a purchase above the
-- threshold. The one who decides is never the one who asked.
CREATE TABLE reintegration_approval
(
  id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  subject           TEXT NOT NULL CHECK (subject IN ('PLAN', 'PURCHASE_ORDER')),
  plan_id           BIGINT NOT NULL REFERENCES reintegration_plan (id),
  purchase_order_id BIGINT REFERENCES reintegration_purchase_order (id),
  mission_code      TEXT NOT NULL,
  case_id           UUID NOT NULL,
  case_number       TEXT NOT NULL,
  -- what is at stake and the limit it passes, each with its currency
  amount            NUMERIC(19, 4) NOT NULL,
  currency          CHAR(3) NOT NULL,
  limit_amount      NUMERIC(19, 4),
  limit_currency    CHAR(3),
  reason            TEXT NOT NULL,
  requested_by      TEXT NOT NULL,
  requested_at      TIMESTAMPTZ NOT NULL,
  status            TEXT NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
  decided_by        TEXT,
  decided_at        TIMESTAMPTZ,
  note              TEXT,
  CHECK ((subject = 'PURCHASE_ORDER') = (purchase_order_id IS NOT NULL)),
  CHECK (decided_by IS NULL OR decided_by <> requested_by),
  CHECK ((status IN ('APPROVED', 'REJECTED')) = (decided_by IS NOT NULL))
);
CREATE UNIQUE INDEX reintegration_one_pending_approval
  ON reintegration_approval (plan_id, COALESCE(purchase_order_id, 0)) WHERE status = 'PENDING';
CREATE INDEX reintegration_approval_by_mission ON reintegration_approval (mission_code, status);
