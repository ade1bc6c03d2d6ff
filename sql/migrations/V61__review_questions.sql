-- A reviewer's question that is not a return (#12, newcomer 16, 2b: 「第6项运维费合同是哪年签的？」 asked with 只提问（不退回）):
-- kept on the item as the review comments are, marked QUESTION; NULL for a review comment (an approval's or a return's).
-- The departing official's answer is a supplement of the item in the same round.
ALTER TABLE review_comment ADD COLUMN kind VARCHAR(16) NULL;
