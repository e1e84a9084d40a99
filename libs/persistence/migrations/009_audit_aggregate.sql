-- Refusals before authentication (issue 12): a flood of bad keys from one address must not grow
-- the audit log without bound. Such refusals share one row per address, reason and minute
-- (bucket), counted; the first request's action and detail stay on the row.
ALTER TABLE audit_log ADD COLUMN count integer NOT NULL DEFAULT 1 CHECK (count >= 1);
ALTER TABLE audit_log ADD COLUMN bucket text;
CREATE UNIQUE INDEX audit_log_bucket ON audit_log (bucket) WHERE bucket IS NOT NULL;
