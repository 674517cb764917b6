-- The keys of the known issues a triage matched, best first, comma-separated: what the dashboard
-- counts as "most matched" without reading every stored answer. Triage records from before this
-- migration keep NULL (their answers still hold the keys in result_json).
ALTER TABLE triage_record ADD COLUMN known_issues VARCHAR(2000);
CREATE INDEX triage_record_time ON triage_record (triaged_at);
CREATE INDEX area_correction_time ON area_correction (corrected_at);
