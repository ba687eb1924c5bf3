package org.factdesk.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is making the request, for pages ({@code inject:currentUser}) and services. */
@Named("currentUser")
@RequestScoped
public class CurrentUser {

    private static final List<String> KNOWN_ROLES = List.of(Roles.ADMIN, Roles.EDITOR, Roles.REVIEWER);

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isLoggedIn() {
        return !identity.isAnonymous();
    }

    /** The login name (Keycloak's preferred_username). */
    public String getUsername() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    /** The person's full name when the token carries one, else the login name. */
    public String getDisplayName() {
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getClaim("name") != null) {
            return token.getClaim("name").toString();
        }
        return getUsername();
    }

    /** Factdesk's roles this user holds, most powerful first. */
    public List<String> getRoles() {
        return KNOWN_ROLES.stream().filter(identity::hasRole).toList();
    }

    /** Editors (and admins) approve, publish and see the approval queue. */
    public boolean isEditor() {
        return identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.ADMIN);
    }

    public boolean isAdmin() {
        return identity.hasRole(Roles.ADMIN);
    }

    /** The user as the workflow sees them. */
    public Actor actor() {
        return new Actor(getUsername(), Set.copyOf(identity.getRoles()));
    }
}
