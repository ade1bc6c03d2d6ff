-- Organizers act in chat and over REST (#13): a deadline may be extended (延期) within a cap the handover policy
-- sets, and the successor may be changed before sign-off. Portable across MySQL 8, MariaDB 10.11+ and H2 (MySQL
-- mode), like V2 and V3: plain ALTER / UPDATE, no vendor functions.

-- the due day a waiting step was first given, kept when an organizer extends it (NULL: never extended); the cap
-- of the policy is counted from this day, however many times the step is extended
ALTER TABLE waiting_step ADD COLUMN first_due_on DATE NULL;
-- how many times the step was extended: the reminders and levels of its escalation ladder start again for the new
-- due day (escalation_notice.stage is prefixed E<n>. after the n-th extension, so what was sent stays recorded)
ALTER TABLE waiting_step ADD COLUMN extensions INT NOT NULL DEFAULT 0;
-- the day of the last extension: reminders of the new ladder fall only after it (the extension itself is told)
ALTER TABLE waiting_step ADD COLUMN extended_on DATE NULL;

-- handover_policy.body gains "maxExtension": the most a step's due day may be moved past its first due day, in
-- total. No source gives a number: each seeded policy allows one more checklist period (石嘴山 10 calendar days,
-- 泾县 7 working days, the essay 15 calendar days, the others 10 working days), our assumption. A policy without the
-- field (and a handover opened before this migration) gets the same rule.
UPDATE handover_policy SET body = REPLACE(body, '"checkInMonths"',
  '"maxExtension": {"value": 10, "unit": "WORKING_DAYS"},
  "checkInMonths"')
WHERE code IN ('default', 'putian', 'wuyishan') AND body NOT LIKE '%"maxExtension"%';
UPDATE handover_policy SET body = REPLACE(body, '"checkInMonths"',
  '"maxExtension": {"value": 10, "unit": "CALENDAR_DAYS"},
  "checkInMonths"')
WHERE code = 'shizuishan' AND body NOT LIKE '%"maxExtension"%';
UPDATE handover_policy SET body = REPLACE(body, '"checkInMonths"',
  '"maxExtension": {"value": 7, "unit": "WORKING_DAYS"},
  "checkInMonths"')
WHERE code = 'jingxian' AND body NOT LIKE '%"maxExtension"%';
UPDATE handover_policy SET body = REPLACE(body, '"checkInMonths"',
  '"maxExtension": {"value": 15, "unit": "CALENDAR_DAYS"},
  "checkInMonths"')
WHERE code = 'essay' AND body NOT LIKE '%"maxExtension"%';

-- an organizer names officials in chat (发起交接 上梅乡 陈清忠 方福彬): they are found by name within the organizer's
-- scope, one indexed look-up for every name a message may hold
CREATE INDEX ix_official_name ON official (name);
