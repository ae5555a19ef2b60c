-- Rule 12: an agreement has at most one renewal; two renewals made at the same moment meet this key.
ALTER TABLE AGR_AGREEMENT ADD CONSTRAINT AGR_AGREEMENT_RENEWS_UQ UNIQUE (RENEWS_ID);
