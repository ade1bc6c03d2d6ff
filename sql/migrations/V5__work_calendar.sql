-- The mainland China working-day calendar as data: one row per year with a State Council holiday notice, and
-- one row per day that differs from Monday-to-Friday (HOLIDAY: 放假; WORKDAY: 调休上班). Administrators add later
-- years at runtime; a year without a row here is counted Monday to Friday with a warning to administrators.
-- Source: shared/reference/domain.md §2 (2025: 248 working days; 2026: 248).

CREATE TABLE calendar_year (
  notice_year INT          NOT NULL,
  source      VARCHAR(256) NOT NULL,
  added_at    DATETIME(3)  NOT NULL,
  PRIMARY KEY (notice_year)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_day (
  cal_date DATE        NOT NULL,
  kind     VARCHAR(16) NOT NULL,
  name     VARCHAR(64) NOT NULL,
  PRIMARY KEY (cal_date)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO calendar_year (notice_year, source, added_at) VALUES (2025, '国办发明电〔2024〕12号（2024-11-12）', '2026-11-22 00:00:00.000');
INSERT INTO calendar_day (cal_date, kind, name) VALUES
  ('2025-01-01', 'HOLIDAY', '元旦'),
  ('2025-01-28', 'HOLIDAY', '春节'),
  ('2025-01-29', 'HOLIDAY', '春节'),
  ('2025-01-30', 'HOLIDAY', '春节'),
  ('2025-01-31', 'HOLIDAY', '春节'),
  ('2025-02-01', 'HOLIDAY', '春节'),
  ('2025-02-02', 'HOLIDAY', '春节'),
  ('2025-02-03', 'HOLIDAY', '春节'),
  ('2025-02-04', 'HOLIDAY', '春节'),
  ('2025-04-04', 'HOLIDAY', '清明节'),
  ('2025-04-05', 'HOLIDAY', '清明节'),
  ('2025-04-06', 'HOLIDAY', '清明节'),
  ('2025-05-01', 'HOLIDAY', '劳动节'),
  ('2025-05-02', 'HOLIDAY', '劳动节'),
  ('2025-05-03', 'HOLIDAY', '劳动节'),
  ('2025-05-04', 'HOLIDAY', '劳动节'),
  ('2025-05-05', 'HOLIDAY', '劳动节'),
  ('2025-05-31', 'HOLIDAY', '端午节'),
  ('2025-06-01', 'HOLIDAY', '端午节'),
  ('2025-06-02', 'HOLIDAY', '端午节'),
  ('2025-10-01', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-02', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-03', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-04', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-05', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-06', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-07', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-10-08', 'HOLIDAY', '国庆节、中秋节'),
  ('2025-01-26', 'WORKDAY', '调休上班'),
  ('2025-02-08', 'WORKDAY', '调休上班'),
  ('2025-04-27', 'WORKDAY', '调休上班'),
  ('2025-09-28', 'WORKDAY', '调休上班'),
  ('2025-10-11', 'WORKDAY', '调休上班');

INSERT INTO calendar_year (notice_year, source, added_at) VALUES (2026, '国务院办公厅关于2026年部分节假日安排的通知（2025-11-04，文号未确认）', '2026-11-22 00:00:00.000');
INSERT INTO calendar_day (cal_date, kind, name) VALUES
  ('2026-01-01', 'HOLIDAY', '元旦'),
  ('2026-01-02', 'HOLIDAY', '元旦'),
  ('2026-01-03', 'HOLIDAY', '元旦'),
  ('2026-02-15', 'HOLIDAY', '春节'),
  ('2026-02-16', 'HOLIDAY', '春节'),
  ('2026-02-17', 'HOLIDAY', '春节'),
  ('2026-02-18', 'HOLIDAY', '春节'),
  ('2026-02-19', 'HOLIDAY', '春节'),
  ('2026-02-20', 'HOLIDAY', '春节'),
  ('2026-02-21', 'HOLIDAY', '春节'),
  ('2026-02-22', 'HOLIDAY', '春节'),
  ('2026-02-23', 'HOLIDAY', '春节'),
  ('2026-04-04', 'HOLIDAY', '清明节'),
  ('2026-04-05', 'HOLIDAY', '清明节'),
  ('2026-04-06', 'HOLIDAY', '清明节'),
  ('2026-05-01', 'HOLIDAY', '劳动节'),
  ('2026-05-02', 'HOLIDAY', '劳动节'),
  ('2026-05-03', 'HOLIDAY', '劳动节'),
  ('2026-05-04', 'HOLIDAY', '劳动节'),
  ('2026-05-05', 'HOLIDAY', '劳动节'),
  ('2026-06-19', 'HOLIDAY', '端午节'),
  ('2026-06-20', 'HOLIDAY', '端午节'),
  ('2026-06-21', 'HOLIDAY', '端午节'),
  ('2026-09-25', 'HOLIDAY', '中秋节'),
  ('2026-09-26', 'HOLIDAY', '中秋节'),
  ('2026-09-27', 'HOLIDAY', '中秋节'),
  ('2026-10-01', 'HOLIDAY', '国庆节'),
  ('2026-10-02', 'HOLIDAY', '国庆节'),
  ('2026-10-03', 'HOLIDAY', '国庆节'),
  ('2026-10-04', 'HOLIDAY', '国庆节'),
  ('2026-10-05', 'HOLIDAY', '国庆节'),
  ('2026-10-06', 'HOLIDAY', '国庆节'),
  ('2026-10-07', 'HOLIDAY', '国庆节'),
  ('2026-01-04', 'WORKDAY', '调休上班'),
  ('2026-02-14', 'WORKDAY', '调休上班'),
  ('2026-02-28', 'WORKDAY', '调休上班'),
  ('2026-05-09', 'WORKDAY', '调休上班'),
  ('2026-09-20', 'WORKDAY', '调休上班'),
  ('2026-10-10', 'WORKDAY', '调休上班');
