-- Captchas handed out with the letter form: short-lived and single-use, kept here (not in memory)
-- so that any instance of the service can check the one another instance issued.
CREATE TABLE captcha (
    id               CHAR(36)     NOT NULL,
    image_answer     VARCHAR(10)  NOT NULL,
    question_answer  VARCHAR(10)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_captcha_expires_at (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Letters accepted per client address and fixed time window (the per-IP limit on writing letters).
-- The address is kept as a SHA-256 hash; rows of past windows are deleted as new ones start.
CREATE TABLE submission_window (
    client_key    CHAR(64)     NOT NULL,
    window_start  DATETIME(6)  NOT NULL,
    letters       INT          NOT NULL,
    PRIMARY KEY (client_key, window_start),
    KEY ix_submission_window_start (window_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
