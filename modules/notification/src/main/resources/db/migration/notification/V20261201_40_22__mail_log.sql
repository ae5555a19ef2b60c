-- Issue 14 (e-mail reminders): each mail sent, without its content: to whom, what kind, about what (the follow-up
-- or activity; none for a digest) and when. Also what keeps a follow-up's mails from being sent twice.
-- No identity column: mails are recorded from several threads at once, and Derby refuses a first insert that meets
-- another allocating the same table's identity values (DERBY-6999, SQL state 40XL1).
CREATE TABLE NTF_MAIL (
    USER_ID BIGINT NOT NULL,
    KIND VARCHAR(30) NOT NULL,
    SUBJECT_ID BIGINT,
    SENT_AT TIMESTAMP NOT NULL
);
CREATE INDEX NTF_MAIL_USER_KIND_IX ON NTF_MAIL (USER_ID, KIND, SUBJECT_ID);
