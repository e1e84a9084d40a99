-- The contract register (libs/funding/src/contracts, docs/contracts.md): every version of the
-- whole register document, append-only. Version 1 is seeded from CONTRACTS_FILE when the table
-- is empty; each change through the admin API or `iwmo admin contracts` adds the next version.
-- The gateway judges TR381 and TR418 by the highest version.

CREATE TABLE contract_register_versions (
  version      integer PRIMARY KEY CHECK (version > 0),
  -- the register as JSON (format: docs/contracts.md), validated before it was stored
  document     json NOT NULL,
  -- sha256 (hex) of the document text as stored, to compare versions and files
  checksum     text NOT NULL CHECK (checksum ~ '^[0-9a-f]{64}$'),
  -- the document's "illustrative" flag: true for example data, not the real contract
  illustrative boolean NOT NULL,
  -- why this version was made (e.g. "tariefverhoging 2026 met terugwerkende kracht")
  reason       text NOT NULL CHECK (btrim(reason) <> ''),
  -- who made it: "admin" (admin API), "cli", or "CONTRACTS_FILE" for the seed
  created_by   text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  -- the version it was derived from (null for the seed and for an uploaded whole document)
  based_on     integer REFERENCES contract_register_versions (version)
);

-- Append-only: a version, once stored, is what the rules judged by; it is never changed or removed.
CREATE FUNCTION contract_register_versions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'contract_register_versions is append-only: add a new version instead of % on version %', TG_OP, OLD.version;
END
$$;

CREATE TRIGGER contract_register_versions_append_only
  BEFORE UPDATE OR DELETE ON contract_register_versions
  FOR EACH ROW EXECUTE FUNCTION contract_register_versions_append_only();
