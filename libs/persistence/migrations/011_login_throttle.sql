-- Dashboard log-in throttling (issue 12), per client address and per username and address, so
-- failures from one address never lock a user out on another. One row per (address, username);
-- username '' holds the address's failures across all usernames. After a few failures every
-- further one pushes next_allowed_at out by a growing delay (DashboardAuthService). A success
-- removes the (address, username) row; rows quiet for a day are removed on the next failure.
-- The audit log (001) keeps every attempt; nothing here counts its rows any more.
CREATE TABLE dashboard_login_throttle (
  address         text NOT NULL,
  username        text NOT NULL,
  failures        integer NOT NULL CHECK (failures >= 1),
  last_failure_at timestamptz NOT NULL,
  next_allowed_at timestamptz NOT NULL,
  PRIMARY KEY (address, username)
);
CREATE INDEX dashboard_login_throttle_last ON dashboard_login_throttle (last_failure_at);

-- Throttling no longer counts refused log-ins in audit_log (007).
DROP INDEX dashboard_audit_login;
