package org.factdesk.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The audit trail the application cannot rewrite (docs/SECURITY.md): connected with the
 * application's own login, every way of changing or emptying a history table, or of taking its
 * guard away, is refused by PostgreSQL's privileges — not only by the triggers. That the same
 * login can INSERT and SELECT there is what every test that writes a review event shows.
 */
@QuarkusTest
class HistoryCannotBeRewrittenTest {

    /** Every history table, with a column an UPDATE could try to rewrite. */
    private static final Map<String, String> HISTORY = new LinkedHashMap<>(Map.of(
            "review_event", "actor",
            "verdict", "conclusion",
            "article_version", "body",
            "public_event", "summary"));

    /** 42501: insufficient_privilege, also "must be owner of table". */
    private static final String REFUSED = "42501";

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String appUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String appPassword;

    @ConfigProperty(name = "quarkus.flyway.username")
    String ownerUser;

    @ConfigProperty(name = "quarkus.flyway.password")
    String ownerPassword;

    @Test
    void theApplicationsLoginCannotRewriteChangeOrUnguardAnyHistoryTable() throws SQLException {
        assertNotEquals(ownerUser, appUser, "the application and the migrations use different logins");
        List<String> allowed = new ArrayList<>();
        int attempts = 0;
        try (Connection db = DriverManager.getConnection(url, appUser, appPassword)) {
            db.setAutoCommit(true); // each statement its own transaction: one refusal cannot hide another
            assertEquals(
                    "f",
                    single(
                            db,
                            "select rolsuper or rolcreatedb or rolcreaterole or rolbypassrls from pg_roles"
                                    + " where rolname = current_user"),
                    "the application's login has no special powers");
            for (Map.Entry<String, String> table : HISTORY.entrySet()) {
                String name = table.getKey();
                String rowTrigger = rowTrigger(db, name);
                assertTrue(hasTruncateTrigger(db, name), name + " refuses TRUNCATE by trigger too");
                assertEquals(
                        "t",
                        single(
                                db,
                                "select has_table_privilege('" + name + "', 'SELECT')" + " and has_table_privilege('"
                                        + name + "', 'INSERT')"),
                        name + ": SELECT and INSERT are granted");
                long rows = count(db, name);
                for (String sql : List.of(
                        "update " + name + " set " + table.getValue() + " = " + table.getValue(),
                        "delete from " + name,
                        "truncate " + name,
                        "drop trigger " + rowTrigger + " on " + name,
                        "alter table " + name + " add column rewritten text",
                        "alter table " + name + " disable trigger " + rowTrigger)) {
                    attempts++;
                    try (Statement statement = db.createStatement()) {
                        statement.execute(sql);
                        allowed.add(sql);
                    } catch (SQLException refused) {
                        if (!REFUSED.equals(refused.getSQLState())) {
                            allowed.add(sql + " (failed, but not for want of privileges: " + refused.getSQLState() + " "
                                    + refused.getMessage() + ")");
                        }
                    }
                }
                assertEquals(rows, count(db, name), name + " kept every row");
                assertEquals(rowTrigger, rowTrigger(db, name), name + " kept its trigger");
            }
        }
        System.out.printf(
                "history tables: %d, refused statements: %d of %d%n",
                HISTORY.size(), attempts - allowed.size(), attempts);
        assertTrue(allowed.isEmpty(), "allowed to the application's login: " + allowed);
        assertEquals(HISTORY.size() * 6, attempts);
    }

    @Test
    void theApplicationsLoginOwnsNothingAndCannotCreateAnything() throws SQLException {
        List<String> allowed = new ArrayList<>();
        List<String> ddl = List.of(
                "create table history_rewriter (id int)",
                "create function history_rewriter() returns int language sql as 'select 1'",
                "create schema history_rewriter");
        try (Connection db = DriverManager.getConnection(url, appUser, appPassword)) {
            db.setAutoCommit(true);
            String owned = single(db, """
                    select coalesce(string_agg(what, ', '), '') from (
                      select c.oid::regclass::text as what from pg_class c
                        where c.relowner = (select oid from pg_roles where rolname = current_user)
                      union all select 'schema ' || nspname from pg_namespace
                        where nspowner = (select oid from pg_roles where rolname = current_user)
                      union all select 'function ' || p.oid::regprocedure from pg_proc p
                        where p.proowner = (select oid from pg_roles where rolname = current_user)
                      union all select 'database ' || datname from pg_database
                        where datdba = (select oid from pg_roles where rolname = current_user)) objects""");
            assertEquals("", owned, "objects the application's login owns");
            assertEquals("0", single(db, "select count(*) from pg_tables where tableowner = current_user"));
            for (String sql : ddl) {
                try (Statement statement = db.createStatement()) {
                    statement.execute(sql);
                    allowed.add(sql);
                } catch (SQLException refused) {
                    if (!REFUSED.equals(refused.getSQLState())) {
                        allowed.add(sql + " (failed otherwise: " + refused.getSQLState() + " " + refused.getMessage()
                                + ")");
                    }
                }
            }
            assertEquals("f", single(db, "select has_schema_privilege(current_schema(), 'CREATE')"));
            assertEquals("f", single(db, "select has_database_privilege(current_database(), 'CREATE')"));
        }
        System.out.printf("app role owns 0 objects; refused DDL: %d of %d%n", ddl.size() - allowed.size(), ddl.size());
        assertTrue(allowed.isEmpty(), "allowed to the application's login: " + allowed);
    }

    /** The triggers hold for the owner too: TRUNCATE is refused to the login that runs the migrations. */
    @Test
    void evenTheOwnerCannotTruncateAHistoryTable() throws SQLException {
        List<String> emptied = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, ownerUser, ownerPassword)) {
            db.setAutoCommit(false);
            for (String name : HISTORY.keySet()) {
                try (Statement statement = db.createStatement()) {
                    statement.execute("truncate " + name + " cascade");
                    emptied.add(name);
                } catch (SQLException refused) {
                    assertEquals("23001", refused.getSQLState(), name + ": " + refused.getMessage());
                    assertTrue(
                            refused.getMessage().contains(name + " rows are append-only (TRUNCATE refused)"),
                            name + " is refused by its own trigger: " + refused.getMessage());
                } finally {
                    db.rollback(); // whatever happened is undone
                }
            }
        }
        assertTrue(emptied.isEmpty(), "the owner could truncate " + emptied);
    }

    private static String rowTrigger(Connection db, String table) throws SQLException {
        String name = single(
                db,
                "select min(tgname) from pg_trigger where tgrelid = '" + table + "'::regclass"
                        + " and not tgisinternal and tgtype & 1 = 1"); // TRIGGER_TYPE_ROW
        assertNotNull(name, table + " has an append-only row trigger");
        return name;
    }

    private static boolean hasTruncateTrigger(Connection db, String table) throws SQLException {
        return !"0"
                .equals(single(
                        db,
                        "select count(*) from pg_trigger where tgrelid = '" + table + "'::regclass"
                                + " and not tgisinternal and tgtype & 34 = 34")); // BEFORE | TRUNCATE
    }

    private static long count(Connection db, String table) throws SQLException {
        return Long.parseLong(single(db, "select count(*) from " + table));
    }

    private static String single(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
