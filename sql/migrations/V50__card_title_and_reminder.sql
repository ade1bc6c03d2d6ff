-- Issue #12 (newcomer 14, finding 12). Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL mode), like V23.

-- A card's title as the person saw it ("请确认第4项", "是哪一步的进展？"), so a later reply can name the question that
-- still waits; null for cards kept before this column.
ALTER TABLE chat_card ADD COLUMN title VARCHAR(200) NULL;

-- When a reply said that the card's question still waits (once per card: the person typed something else while it
-- was open); null until then.
ALTER TABLE chat_card ADD COLUMN reminded_at DATETIME(3) NULL;
