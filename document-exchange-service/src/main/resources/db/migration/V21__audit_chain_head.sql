-- The head of each document's audit chain (last sequence and its hash), kept on the document
-- and moved by every append in the same transaction: deleting the last entries of a chain leaves
-- a chain that is consistent in itself, and only this head shows that something is missing.
ALTER TABLE outgoing_document
    ADD COLUMN audit_sequence INT          NULL COMMENT 'sequence of the last audit entry',
    ADD COLUMN audit_head     VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NULL COMMENT 'hash of the last audit entry';

UPDATE outgoing_document d
  JOIN (SELECT document_id, MAX(sequence) AS last_sequence FROM audit_entry GROUP BY document_id) m
    ON m.document_id = d.id
  JOIN audit_entry e ON e.document_id = m.document_id AND e.sequence = m.last_sequence
   SET d.audit_sequence = e.sequence, d.audit_head = e.hash;
