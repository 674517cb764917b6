-- Catalogs the eligibility rules judge against, and the product's own user store.

CREATE TABLE kubernetes_version (
    minor         VARCHAR(16)  NOT NULL PRIMARY KEY,
    release_date  DATE         NOT NULL,
    removal_date  DATE,
    note          VARCHAR(500),
    row_version   BIGINT       DEFAULT 0 NOT NULL,
    updated_at    TIMESTAMP,
    updated_by    VARCHAR(64)
);

CREATE TABLE host_platform (
    code            VARCHAR(64)  NOT NULL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    end_of_support  DATE,
    note            VARCHAR(500),
    row_version     BIGINT       DEFAULT 0 NOT NULL,
    updated_at      TIMESTAMP,
    updated_by      VARCHAR(64)
);

CREATE TABLE user_account (
    username       VARCHAR(64)  NOT NULL PRIMARY KEY,
    password_hash  VARCHAR(512) NOT NULL,
    roles          VARCHAR(200) NOT NULL,
    enabled        BOOLEAN      DEFAULT TRUE NOT NULL,
    created_at     TIMESTAMP    NOT NULL,
    row_version    BIGINT       DEFAULT 0 NOT NULL
);
