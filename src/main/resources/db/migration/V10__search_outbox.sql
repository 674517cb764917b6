-- Issue 18: the tables of Hibernate Search's outbox-polling coordination (hibernate-search-mapper-orm-outbox-polling
-- 7.2.4), used when several nodes share PostgreSQL and an OpenSearch cluster (triage.search.coordination=outbox-polling).
-- Each node's transaction writes its index changes here in the same commit as the data; a background agent on some
-- node sends them to the index and deletes them, so a write reaches the index once and a node that dies after its
-- commit loses nothing. Unused (and empty) in the single-node default. The DDL is what Hibernate ORM 6.6 generates for
-- these mappings on PostgreSQL (H2 accepts it as written); schema generation is off, Flyway owns the schema.
create table HSEARCH_AGENT (
    assignedShardIndex integer,
    totalShardCount integer,
    expiration timestamp(6) with time zone not null,
    id uuid not null,
    name varchar(255) not null,
    state varchar(255) not null check (state in ('RUNNING','WAITING','SUSPENDED')),
    tenantId varchar(255),
    type varchar(255) not null check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING','EVENT_PROCESSING_STATIC_SHARDING','MASS_INDEXING')),
    payload bytea,
    primary key (id));
create table HSEARCH_OUTBOX_EVENT (
    entityIdHash integer not null,
    retries integer not null,
    processAfter timestamp(6) with time zone not null,
    id uuid not null,
    entityId varchar(256) not null,
    entityName varchar(256) not null,
    status varchar(255) not null check (status in ('PENDING','ABORTED')),
    tenantId varchar(255),
    payload bytea not null,
    primary key (id));
create index hsearch_outbox_entity_hash on HSEARCH_OUTBOX_EVENT (entityIdHash);
create index hsearch_outbox_status on HSEARCH_OUTBOX_EVENT (status);
create index hsearch_outbox_process_after on HSEARCH_OUTBOX_EVENT (processAfter);
