package org.factdesk.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every sentence key the code names exists in messages/problems.properties, and none there is unused. */
class TextsTest {

    private static final Pattern KEY = Pattern.compile("\"((?:[a-z0-9-]+\\.)+[a-z0-9-]+)\"");
    /**
     * A key built from a prefix and an enum's name: {@code "repeat.band." + apiName()}; the enums' tests resolve
     * every one.
     */
    private static final Pattern PREFIX = Pattern.compile("\"((?:[a-z0-9-]+\\.)+)\"\\s*\\+");

    @Test
    void everyKeyInTheCodeHasASentenceAndEverySentenceIsUsed() throws IOException {
        Properties bundle = new Properties();
        try (Reader in = Files.newBufferedReader(
                Path.of("src/main/resources/messages/problems.properties"), StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        Set<String> used = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher p = PREFIX.matcher(code);
                while (p.find()) {
                    prefixes.add(p.group(1));
                }
                Matcher m = KEY.matcher(code);
                while (m.find()) {
                    if (bundle.containsKey(m.group(1))
                            || m.group(1)
                                    .matches("(claim|span|quote|guard|input|http|article|rating|source|comment"
                                            + "|selector|assignee|people|workflow|form)\\..*")) {
                        used.add(m.group(1));
                    }
                }
            }
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(bundle.stringPropertyNames());
        assertEquals(Set.of(), missing, "keys used in the code without a sentence");
        Set<String> unused = new TreeSet<>(bundle.stringPropertyNames());
        unused.removeAll(used);
        unused.removeIf(key -> prefixes.stream().anyMatch(key::startsWith));
        assertEquals(Set.of(), unused, "sentences no code uses");
    }

    @Test
    void argumentsAreFilledInAsPlainText() {
        assertEquals("There is no claim 987654321.", Texts.text("claim.not-found", 987654321L));
        assertTrue(Texts.text("article.too-large", 1000002, 1000000).contains("limit is 1000000 bytes"));
    }
}
