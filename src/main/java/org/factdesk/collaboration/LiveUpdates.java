package org.factdesk.collaboration;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.claim.ClaimChanged;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live updates across every app instance: a committed change is announced with PostgreSQL
 * NOTIFY; each instance LISTENs on its own connection and passes what it hears to the
 * browsers connected to it (server-sent events). A change made on this instance takes the
 * same path, so one instance and several behave alike.
 */
@ApplicationScoped
public class LiveUpdates {

    static final String CHANNEL = "factdesk_claims";
    private static final Logger LOG = Logger.getLogger(LiveUpdates.class);

    private final AgroalDataSource dataSource;
    private final String url;
    private final String user;
    private final String password;
    private final BroadcastProcessor<ClaimChanged> changes = BroadcastProcessor.create();
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread listener;

    LiveUpdates(
            AgroalDataSource dataSource,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.dataSource = dataSource;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The changes heard from every instance, for this instance's browsers. */
    public Multi<ClaimChanged> changes() {
        return changes;
    }

    void announcePresence(@Observes(during = TransactionPhase.AFTER_SUCCESS) Presence.PresenceChanged change) {
        announce(ClaimChanged.presence(change.articleId()));
    }

    /**
     * After the change is committed (never for a rolled-back one), tell every instance.
     * PostgreSQL commits notifying transactions one at a time, under a global lock held
     * while the commit is flushed to disk, so every change's notice would queue behind the
     * others' flushes. A notice is no data (a crash loses the listeners' connections
     * anyway), so its transaction does not wait for the flush.
     */
    void announce(@Observes(during = TransactionPhase.AFTER_SUCCESS) ClaimChanged change) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement(
                        "select set_config('synchronous_commit', 'off', true), pg_notify(?, ?)")) {
            notify.setString(1, CHANNEL);
            notify.setString(2, change.payload());
            notify.execute();
        } catch (SQLException e) {
            LOG.warnf("Could not announce a change of claim %d: %s", change.claimId(), e.getMessage());
        }
    }

    void start(@Observes StartupEvent event) {
        running.set(true);
        listener = new Thread(this::listen, "factdesk-live-updates");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running.set(false);
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        long backoff = 500;
        while (running.get()) {
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                backoff = 500;
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running.get()) {
                    PGNotification[] notifications = pg.getNotifications(5_000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            changes.onNext(ClaimChanged.parse(n.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                LOG.warnf("Live updates: lost the LISTEN connection (%s); retrying in %d ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    return;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }
}
