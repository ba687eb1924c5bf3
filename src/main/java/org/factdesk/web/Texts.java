package org.factdesk.web;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The sentences the server says to people (refusals, validation messages), kept in
 * {@code messages/problems.properties} next to the pages' texts. A translation is a
 * {@code problems_<lang>.properties} file and {@code quarkus.default-locale}.
 */
public final class Texts {

    private static final class Holder {
        static final Locale LOCALE = ConfigProvider.getConfig()
                .getOptionalValue("quarkus.default-locale", String.class)
                .map(Locale::forLanguageTag)
                .orElse(Locale.ENGLISH);
        static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages.problems", LOCALE);
    }

    private Texts() {}

    /**
     * The sentence for the key, with the arguments filled in as plain text (numbers are not
     * grouped). Each pattern is parsed once; the workflow asks for refusal sentences for every
     * action on every claim a page lists, and parsing was a visible part of a long page's time.
     */
    public static String text(String key, Object... args) {
        Object[] plain = Arrays.stream(args).map(String::valueOf).toArray();
        MessageFormat parsed =
                PATTERNS.computeIfAbsent(key, k -> new MessageFormat(Holder.BUNDLE.getString(k), Holder.LOCALE));
        return ((MessageFormat) parsed.clone()).format(plain); // a MessageFormat is not thread-safe
    }

    private static final Map<String, MessageFormat> PATTERNS = new ConcurrentHashMap<>();
}
