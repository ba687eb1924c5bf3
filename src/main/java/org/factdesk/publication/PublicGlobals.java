package org.factdesk.publication;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;
import org.factdesk.FactdeskConfig;

/** How readers reach the desk, on every public page (factdesk.public.contact). */
@TemplateGlobal
public class PublicGlobals {

    static String deskContact() {
        return config().contact();
    }

    static String deskContactHref() {
        return config().contactHref();
    }

    private static FactdeskConfig.Public config() {
        return Arc.container().instance(FactdeskConfig.class).get().publicSite();
    }
}
