DROP TABLE IF EXISTS journal_audit;
