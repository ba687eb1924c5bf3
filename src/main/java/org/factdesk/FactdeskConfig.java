package org.factdesk;

import io.smallrye.config.ConfigMapping;

/** Factdesk's own settings ({@code factdesk.*} in application.properties). */
@ConfigMapping(prefix = "factdesk")
public interface FactdeskConfig {

    Seed seed();

    interface Seed {
        /** Folder of demo articles imported once at start-up; a missing folder imports nothing. */
        String articlesDir();
    }
}
