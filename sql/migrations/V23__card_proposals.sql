-- Issue #12 (newcomer 2). Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V2.

-- What a card proposes when its buttons alone cannot say it: the exact words a guessed ruling would rule
-- ("裁定 12 更正 …按1.96万亩更正"), or the progress note a which-step question would record. A press of the card does
-- exactly that, on every platform and however long after, without the dialog (which lapses with the next message);
-- null for cards whose buttons are their action (确认 3, 签收 …).
ALTER TABLE chat_card ADD COLUMN proposal VARCHAR(2100) NULL;
