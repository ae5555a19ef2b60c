-- Issue 14 (calendar feeds, e-mail reminders): per account, the hash of its calendar feed's secret (SHA-256 of a
-- 256-bit random secret, hex; the secret itself is shown once and never stored) and whether it wants no mail.
-- A row exists only once the user has made a feed or chosen about mail.
CREATE TABLE IDN_NOTIFICATION (
    USER_ID BIGINT NOT NULL PRIMARY KEY,
    CALENDAR_SECRET_HASH VARCHAR(64),
    CALENDAR_MADE_AT TIMESTAMP,
    MAIL_OFF BOOLEAN NOT NULL DEFAULT FALSE,
    CONSTRAINT IDN_NOTIFICATION_USER_FK FOREIGN KEY (USER_ID) REFERENCES IDN_USER_ACCOUNT (ID),
    CONSTRAINT IDN_NOTIFICATION_SECRET_UQ UNIQUE (CALENDAR_SECRET_HASH)
);
