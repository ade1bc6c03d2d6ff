-- An official's mobile number, as the organization department records it (roster import, directory REST): the key
-- by which a DingTalk or WeCom account found by the platforms' mobile look-ups is matched to an official. Several
-- officials may share none; NULL when unknown.
ALTER TABLE official ADD COLUMN mobile VARCHAR(20) NULL;
CREATE INDEX ix_official_mobile ON official (mobile);
