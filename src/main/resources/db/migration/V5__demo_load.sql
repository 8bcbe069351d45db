-- Remembers that the demo scenario was loaded, so it is never loaded twice, even if every
-- demo case is later removed.
CREATE TABLE demo_load
(
  scenario  TEXT PRIMARY KEY,
  loaded_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  cases     INT NOT NULL
);
