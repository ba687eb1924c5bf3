-- The audit trail the application cannot rewrite (issue 15, part 5).
--
-- From here on there are two database roles:
--   * the OWNER (factdesk_owner locally; quarkus.flyway.username) owns the database, the schema
--     and every object in it, and is the only role that runs migrations. Only the owner (or a
--     superuser) can drop or disable a trigger.
--   * the APPLICATION role (the placeholder app_role = quarkus.datasource.username, factdesk
--     locally) owns nothing and may create nothing in the schema. On the history tables it may
--     only read and append (SELECT, INSERT); on the other tables it has what the code needs
--     (SELECT, INSERT, UPDATE, DELETE). Never TRUNCATE, REFERENCES or TRIGGER.
-- So the application's login can no longer drop, disable or get around the append-only
-- triggers, and the triggers still hold for the owner itself.
--
-- This migration runs as the owner. Databases whose objects the application role still owns
-- (everything migrated before V10) must be handed over to the owner first (REASSIGN OWNED BY
-- the app role TO the owner, as a superuser): scripts/postgres.sh does it on every start,
-- deploy/README.md shows it for Kubernetes. Otherwise this migration fails on the first
-- CREATE TRIGGER, before the application starts.

-- TRUNCATE skips row triggers. review_event refused it since V2; now every history table does.
CREATE TRIGGER verdict_no_truncate BEFORE TRUNCATE ON verdict
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER article_version_no_truncate BEFORE TRUNCATE ON article_version
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER public_event_no_truncate BEFORE TRUNCATE ON public_event
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();

-- The application role's privileges, in one place: run below, and again by scripts/postgres.sh
-- after it hands a database over to the owner or restores a backup. Idempotent.
-- A history table is a table with a BEFORE TRUNCATE trigger (every one has since this
-- migration): the application role may only SELECT and INSERT there.
CREATE FUNCTION grant_app_role(app_role name, owner_role name) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    s    constant name := '${flyway:defaultSchema}';
    item record;
BEGIN
    -- No DDL: the schema may be used, not created in (PostgreSQL 15 already withholds CREATE
    -- on public from PUBLIC; older clusters upgraded in place did not).
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC, %I', s, app_role);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', s, app_role);

    -- Tables: start from nothing, then what the code does.
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', s, app_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', s, app_role);
    FOR item IN
        SELECT DISTINCT t.oid::regclass AS tbl
        FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid
        WHERE t.relnamespace = s::text::regnamespace AND NOT g.tgisinternal
          AND g.tgtype & 34 = 34          -- TRIGGER_TYPE_BEFORE (2) | TRIGGER_TYPE_TRUNCATE (32)
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE ON %s FROM %I', item.tbl, app_role);
    END LOOP;
    -- Flyway's own table is the owner's business alone.
    EXECUTE format('REVOKE ALL ON %I.%I FROM %I', s, '${flyway:table}', app_role);

    -- Sequences (the identity columns') and the schema's own functions.
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', s, app_role);
    FOR item IN
        SELECT p.oid::regprocedure AS fn
        FROM pg_proc p
        WHERE p.pronamespace = s::text::regnamespace AND p.proowner = owner_role::text::regrole
          AND NOT EXISTS (SELECT FROM pg_depend d
                          WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')
    LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO %I', item.fn, app_role);
    END LOOP;

    -- Tables, sequences and functions that later migrations create get the same grants by
    -- themselves. A later migration that adds a HISTORY table must narrow it in the same
    -- migration: give it the append-only row trigger and a BEFORE TRUNCATE trigger
    -- (refuse_change), then run SELECT grant_app_role('<app_role placeholder>', current_user),
    -- or revoke UPDATE and DELETE on it from the application role itself.
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I',
                   owner_role, s, app_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT USAGE, SELECT ON SEQUENCES TO %I',
                   owner_role, s, app_role);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA %I GRANT EXECUTE ON FUNCTIONS TO %I',
                   owner_role, s, app_role);

    -- This function is not for the application.
    EXECUTE format('REVOKE ALL ON FUNCTION %I.grant_app_role(name, name) FROM PUBLIC, %I', s, app_role);
END;
$$;

SELECT grant_app_role('${app_role}', current_user);
