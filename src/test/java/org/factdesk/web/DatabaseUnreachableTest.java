package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.RollbackException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

/** Which failures are "the database is away" (503 with Retry-After) rather than a bug (500). */
class DatabaseUnreachableTest {

    @Test
    void aCommitCutOffByTheServersShutdownIsAnOutage() {
        // As the transaction manager reports it: the PostgreSQL error is suppressed, not the cause
        // (seen in DatabaseOutageIT when PostgreSQL stopped during a commit: it answered 500).
        XAException xa = new XAException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertTrue(ErrorMapper.databaseUnreachable(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        SQLException constraint = new SQLException("duplicate key value", "23505");
        RuntimeException wrapped = new RuntimeException(constraint);
        wrapped.addSuppressed(new IllegalStateException("something else"));
        assertFalse(ErrorMapper.databaseUnreachable(wrapped));
    }

    @Test
    void aCycleOfCausesEnds() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.addSuppressed(b);
        assertFalse(ErrorMapper.databaseUnreachable(b));
    }
}
