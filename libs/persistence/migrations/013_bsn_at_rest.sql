-- BSNs at rest (docs/encryption.md): every bsn column of the state tables gives way to bsn_hash,
-- the lookup hash (hex HMAC-SHA256 under the lookup key, which never rotates), that lookups,
-- joins and groupings use, and bsn_sealed, the BSN sealed under the active master key
-- ('enc:v1:...', re-wrapped by the key rotation), read where the BSN itself is needed.
--
-- SQL cannot compute the HMAC, so rows from before this migration keep their plaintext bsn until
-- the backfill that runMigrations runs after the SQL (EncryptionRepository.sealPlainBsns, in
-- batches) fills bsn_hash and bsn_sealed and clears bsn. A row always has one or the other.
-- Stop gateways of an older version before this one starts: they would go on writing bsn only.

ALTER TABLE toegewezen_product_versions ADD COLUMN bsn_hash text, ADD COLUMN bsn_sealed text, ALTER COLUMN bsn DROP NOT NULL,
  ADD CONSTRAINT toegewezen_product_versions_bsn CHECK (bsn IS NOT NULL OR (bsn_hash IS NOT NULL AND bsn_sealed IS NOT NULL));
ALTER TABLE start_producten ADD COLUMN bsn_hash text, ADD COLUMN bsn_sealed text, ALTER COLUMN bsn DROP NOT NULL,
  ADD CONSTRAINT start_producten_bsn CHECK (bsn IS NOT NULL OR (bsn_hash IS NOT NULL AND bsn_sealed IS NOT NULL));
ALTER TABLE stop_producten ADD COLUMN bsn_hash text, ADD COLUMN bsn_sealed text, ALTER COLUMN bsn DROP NOT NULL,
  ADD CONSTRAINT stop_producten_bsn CHECK (bsn IS NOT NULL OR (bsn_hash IS NOT NULL AND bsn_sealed IS NOT NULL));
ALTER TABLE verzoeken ADD COLUMN bsn_hash text, ADD COLUMN bsn_sealed text, ALTER COLUMN bsn DROP NOT NULL,
  ADD CONSTRAINT verzoeken_bsn CHECK (bsn IS NOT NULL OR (bsn_hash IS NOT NULL AND bsn_sealed IS NOT NULL));
ALTER TABLE prestaties ADD COLUMN bsn_hash text, ADD COLUMN bsn_sealed text, ALTER COLUMN bsn DROP NOT NULL,
  ADD CONSTRAINT prestaties_bsn CHECK (bsn IS NOT NULL OR (bsn_hash IS NOT NULL AND bsn_sealed IS NOT NULL));
ALTER TABLE declaratie_build_lines ADD COLUMN bsn_hash text, ADD COLUMN bsn_sealed text, ALTER COLUMN bsn DROP NOT NULL,
  ADD CONSTRAINT declaratie_build_lines_bsn CHECK (bsn IS NOT NULL OR (bsn_hash IS NOT NULL AND bsn_sealed IS NOT NULL));
ALTER TABLE onderaanneming_toewijzingen ADD COLUMN bsn_hash text, ADD COLUMN bsn_sealed text, ALTER COLUMN bsn DROP NOT NULL,
  ADD CONSTRAINT onderaanneming_toewijzingen_bsn CHECK (bsn IS NOT NULL OR (bsn_hash IS NOT NULL AND bsn_sealed IS NOT NULL));

-- the client lookups of 002, now by hash
DROP INDEX toegewezen_product_versions_client;
CREATE INDEX toegewezen_product_versions_client ON toegewezen_product_versions (gemeente, aanbieder, bsn_hash);
DROP INDEX start_producten_client;
CREATE INDEX start_producten_client ON start_producten (gemeente, aanbieder, bsn_hash) WHERE removed_by IS NULL;
DROP INDEX stop_producten_client;
CREATE INDEX stop_producten_client ON stop_producten (gemeente, aanbieder, bsn_hash) WHERE removed_by IS NULL;
DROP INDEX verzoeken_client;
CREATE INDEX verzoeken_client ON verzoeken (gemeente, aanbieder, bsn_hash);

-- what the backfill has left to do: empty once it ran, so checking at every start costs nothing
CREATE INDEX toegewezen_product_versions_plain_bsn ON toegewezen_product_versions (id) WHERE bsn IS NOT NULL;
CREATE INDEX start_producten_plain_bsn ON start_producten (id) WHERE bsn IS NOT NULL;
CREATE INDEX stop_producten_plain_bsn ON stop_producten (id) WHERE bsn IS NOT NULL;
CREATE INDEX verzoeken_plain_bsn ON verzoeken (id) WHERE bsn IS NOT NULL;
CREATE INDEX prestaties_plain_bsn ON prestaties (id) WHERE bsn IS NOT NULL;
CREATE INDEX declaratie_build_lines_plain_bsn ON declaratie_build_lines (id) WHERE bsn IS NOT NULL;
CREATE INDEX onderaanneming_toewijzingen_plain_bsn ON onderaanneming_toewijzingen (id) WHERE bsn IS NOT NULL;
