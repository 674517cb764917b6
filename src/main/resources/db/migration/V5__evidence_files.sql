-- Evidence larger than what a row keeps is stored as a file under TRIAGE_DATA_DIR/evidence; the row
-- keeps its beginning (for search and display) and where the whole file is.
ALTER TABLE case_evidence ADD COLUMN stored_path VARCHAR(500);
ALTER TABLE case_evidence ADD COLUMN truncated BOOLEAN DEFAULT FALSE NOT NULL;
