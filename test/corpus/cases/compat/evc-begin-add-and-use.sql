-- case: ADD VALUE and an UPDATE using it inside BEGIN/COMMIT
-- expect: enum-value-change@6

BEGIN;
ALTER TYPE subscription_state ADD VALUE IF NOT EXISTS 'paused';
UPDATE subscriptions SET state = 'paused' WHERE pause_requested_at IS NOT NULL;
COMMIT;
