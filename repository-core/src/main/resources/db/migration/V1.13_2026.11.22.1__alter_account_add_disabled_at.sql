-- An admin can disable an account without deleting it (its history and decisions keep naming it):
-- a disabled account signs in by no means (password, session, single sign-on). updated_at/by say
-- who last changed the account; account_event keeps every change.
ALTER TABLE account
  ADD COLUMN disabled_at TIMESTAMP(3) NULL,
  ADD COLUMN updated_at  TIMESTAMP(3) NULL,
  ADD COLUMN updated_by  VARCHAR(128) NULL;
