-- Issue #17, newcomer 17 finding 8 (c19a): the language Baton writes to a chat account in. NULL until the person
-- chooses one (sending "English" or "中文" in chat, or the web chat's language switch): Chinese, or what their dialog
-- state still says from before this version. TRUE: English, FALSE: Chinese. Replies and the notices delivered to that
-- account are written in it from then on; messages already sent are left as they were.
-- Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.
ALTER TABLE chat_identity ADD COLUMN english BOOLEAN NULL;
