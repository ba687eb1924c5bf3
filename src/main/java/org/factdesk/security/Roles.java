package org.factdesk.security;

/**
 * The realm roles Factdesk knows. They live in Keycloak; in the demo realm
 * {@code editor} includes {@code reviewer} and {@code admin} includes {@code editor}.
 */
public final class Roles {

    public static final String REVIEWER = "reviewer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
