-- The inbox side: ids of the events each consumer has applied (see InboundEvents).
CREATE TABLE processed_event
(
  consumer     VARCHAR(100) NOT NULL,
  event_id     VARCHAR(64)  NOT NULL,
  processed_at TIMESTAMP(6) NOT NULL,
  PRIMARY KEY (consumer, event_id)
);
