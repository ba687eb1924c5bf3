package org.factdesk.people;

import static org.factdesk.web.Texts.text;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.FactdeskConfig;
import org.factdesk.security.Roles;
import org.factdesk.web.ProblemException;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * The people who can be assigned and mentioned: the realm's users with a working role,
 * read from Keycloak's admin API (so colleagues who never logged in are there too) and
 * kept for a short while.
 */
@ApplicationScoped
public class PeopleDirectory {

    private static final Logger LOG = Logger.getLogger(PeopleDirectory.class);
    private static final int MAX_USERS = 2000;

    /** One colleague, with Factdesk's roles only. */
    public record Person(String username, String displayName, List<String> roles) {}

    private record Snapshot(List<Person> people, Instant readAt) {}

    private final Keycloak keycloak;
    private final String realm;
    private final Duration ttl;
    private volatile Snapshot snapshot;

    PeopleDirectory(
            Keycloak keycloak,
            @ConfigProperty(name = "quarkus.keycloak.admin-client.realm") String realm,
            FactdeskConfig config) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.ttl = config.people().cacheTtl();
    }

    /** Everyone with the reviewer, editor or admin role, sorted by display name. */
    public List<Person> list() {
        Snapshot current = snapshot;
        if (current != null && current.readAt().plus(ttl).isAfter(Instant.now())) {
            return current.people();
        }
        synchronized (this) {
            if (snapshot != current) {
                return snapshot.people();
            }
            try {
                snapshot = new Snapshot(read(), Instant.now());
            } catch (RuntimeException e) {
                if (current == null) {
                    LOG.warnf("Cannot read the people directory from Keycloak: %s", e.toString());
                    throw ProblemException.unavailable(text("people.unavailable"));
                }
                LOG.warnf(
                        "Keycloak unreachable, keeping the people list read at %s: %s", current.readAt(), e.toString());
                snapshot = new Snapshot(current.people(), Instant.now());
            }
            return snapshot.people();
        }
    }

    public Optional<Person> find(String username) {
        return list().stream().filter(p -> p.username().equals(username)).findFirst();
    }

    private List<Person> read() {
        var users = keycloak.realm(realm).users();
        return users.list(0, MAX_USERS).stream()
                .filter(u -> Boolean.TRUE.equals(u.isEnabled()) && u.getServiceAccountClientId() == null)
                .map(u -> new Person(
                        u.getUsername(),
                        displayName(u),
                        factdeskRoles(users.get(u.getId()).roles().realmLevel().listEffective())))
                .filter(p -> p.roles().stream().anyMatch(Roles.WORKERS::contains))
                .sorted(Comparator.comparing(Person::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static List<String> factdeskRoles(List<RoleRepresentation> roles) {
        Set<String> names =
                roles.stream().map(RoleRepresentation::getName).collect(java.util.stream.Collectors.toSet());
        return List.of(Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER).stream()
                .filter(names::contains)
                .toList();
    }

    private static String displayName(UserRepresentation user) {
        String full = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .strip();
        return full.isEmpty() ? user.getUsername() : full;
    }
}
