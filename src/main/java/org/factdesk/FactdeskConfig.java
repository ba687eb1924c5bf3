package org.factdesk;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** Factdesk's own settings ({@code factdesk.*} in application.properties). */
@ConfigMapping(prefix = "factdesk")
public interface FactdeskConfig {

    Seed seed();

    Review review();

    People people();

    Articles articles();

    Repeats repeats();

    @io.smallrye.config.WithName("public")
    Public publicSite();

    interface Seed {
        /** Folder of demo articles imported once at start-up; a missing folder imports nothing. */
        String articlesDir();
    }

    interface Review {
        /** Sources a claim needs before it can be submitted for approval. */
        int minSources();
    }

    interface People {
        Duration cacheTtl();
    }

    interface Public {
        /** The public address, e.g. https://factcheck.example.org (no trailing slash). */
        String baseUrl();

        String organizationName();

        String organizationUrl();

        /** Keep rendered public pages in memory until a publication changes them. */
        boolean cacheEnabled();

        /** Folder with methodology.md and corrections.md, the policy pages readers see. */
        String aboutDir();

        /** Name who checked and who published each claim on its public page and in the JSON. */
        boolean showReviewers();

        /**
         * How readers reach the desk for a correction or a tip: an e-mail address or a web
         * address, shown on every public page and in the corrections policy.
         */
        String contact();

        /** {@link #contact()} as a link: mailto: for an e-mail address. */
        default String contactHref() {
            return contact().contains("@") && !contact().contains("/") ? "mailto:" + contact() : contact();
        }
    }

    interface Articles {
        /** Largest article text accepted, in UTF-8 bytes; larger gets 413. */
        int maxTextBytes();
    }

    interface Repeats {
        /** From this score up, an earlier checked claim is shown as "already checked?". */
        double suggest();

        /** From this score up, it is shown as likely the same claim. */
        double likelySame();
    }
}
