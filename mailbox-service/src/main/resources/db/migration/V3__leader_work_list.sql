-- A leader's work list: the letters forwarded to them, by status.
CREATE INDEX ix_letter_designated_leader_status ON letter (designated_leader, status, submitted_at);
