package org.factdesk.security;

import java.util.Set;

/** Who attempts a move: their user name and realm roles. */
public record Actor(String username, Set<String> roles) {

    public boolean hasAnyRole(Set<String> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}
