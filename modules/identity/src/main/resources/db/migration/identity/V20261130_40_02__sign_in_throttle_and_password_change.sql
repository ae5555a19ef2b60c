-- Hardening of sign-in and passwords.
-- Failed sign-ins are counted per username (known or not) and per client address in a table of their own,
-- updated by single statements in short transactions of their own; both keys are keyed hashes (HMAC), so
-- neither what was typed as a username nor the address is stored. The old FAILED_SIGN_INS and LOCKED_UNTIL
-- columns of IDN_USER_ACCOUNT are no longer used; they are kept as they are.
CREATE TABLE IDN_SIGN_IN_THROTTLE (
    KIND VARCHAR(10) NOT NULL,
    KEY_HASH VARCHAR(64) NOT NULL,
    FAILURES INTEGER NOT NULL,
    LAST_FAILURE_AT TIMESTAMP,
    BLOCKED_UNTIL TIMESTAMP,
    PRIMARY KEY (KIND, KEY_HASH)
);

-- Secrets of this installation, generated at first use (the HMAC key of the hashes above and of the
-- pseudonyms of unknown usernames in the audit trail). In the database, so backups and every node share them.
CREATE TABLE IDN_SECRET (
    NAME VARCHAR(40) NOT NULL PRIMARY KEY,
    SECRET_VALUE VARCHAR(200) NOT NULL
);

-- A password an administrator set must be changed by its user at the next sign-in. Existing accounts keep
-- their passwords without that demand.
ALTER TABLE IDN_USER_ACCOUNT ADD COLUMN MUST_CHANGE_PASSWORD BOOLEAN NOT NULL DEFAULT FALSE;
-- Raised whenever the password is reset or changed: sessions signed in under an older value are ended.
ALTER TABLE IDN_USER_ACCOUNT ADD COLUMN SESSION_EPOCH INTEGER NOT NULL DEFAULT 0;
