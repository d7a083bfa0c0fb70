-- Which source records a work is made of. A source record belongs to exactly one work at a time.
CREATE TABLE work_member (
  work_id          BIGINT       NOT NULL,
  source_record_id BIGINT       NOT NULL,
  added_at         TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (work_id, source_record_id),
  UNIQUE KEY uk_work_member_record (source_record_id),
  CONSTRAINT fk_work_member_work FOREIGN KEY (work_id) REFERENCES work (id),
  CONSTRAINT fk_work_member_record FOREIGN KEY (source_record_id) REFERENCES source_record (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
