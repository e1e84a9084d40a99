-- A webhook attempt is recorded before its POST (issue 12): as 'started', then updated with the
-- answer. A worker that dies after its POST leaves the row 'started'; the next attempt marks it
-- 'interrupted' (sent or not, no answer was recorded), so the history shows both attempts and a
-- POST repeated after a crash counts as attempt 2.
ALTER TABLE delivery_attempts DROP CONSTRAINT delivery_attempts_outcome_check;
ALTER TABLE delivery_attempts ADD CONSTRAINT delivery_attempts_outcome_check
  CHECK (outcome IN ('started', 'interrupted', 'delivered', 'retry', 'failed'));
