-- Issue 20: the case list says whether a case's latest verdict is provisional (it still waits for facts) without
-- reading the triage's answer. Cases triaged before this column keep NULL until their next triage; their answer
-- in triage_record says it.
ALTER TABLE support_case ADD COLUMN provisional BOOLEAN;
