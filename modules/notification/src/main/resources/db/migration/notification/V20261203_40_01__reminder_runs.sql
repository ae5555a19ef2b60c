-- Issue 15 (a cluster of nodes): the days whose reminders and digests a node has taken on. Every node plans the daily
-- run; the first to record the day sends the mails, the others find the day taken and send nothing.
CREATE TABLE NTF_RUN (
    RUN_DAY DATE NOT NULL PRIMARY KEY,
    NODE VARCHAR(200) NOT NULL,
    STARTED_AT TIMESTAMP NOT NULL
);
