package org.factdesk.security;

import java.util.Set;

/**
 * The realm roles Factdesk knows. They live in Keycloak; in the demo realm
 * {@code editor} includes {@code reviewer} and {@code admin} includes {@code editor}.
 */
public final class Roles {

    public static final String REVIEWER = "reviewer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    /** Roles that research claims. The demo realm's composites give editors and admins reviewer too. */
    public static final Set<String> WORKERS = Set.of(REVIEWER, EDITOR, ADMIN);
    /** Roles that approve, publish, correct and retract. */
    public static final Set<String> EDITORS = Set.of(EDITOR, ADMIN);

    private Roles() {}
}
