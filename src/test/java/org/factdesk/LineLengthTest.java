package org.factdesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lines of Java are at most 120 characters. The formatter (./factdesk format) wraps code;
 * it cannot split a string or a comment, so this catches those.
 */
class LineLengthTest {

    static final int MAX = 120;

    @Test
    void noJavaLineIsLongerThan120Characters() throws IOException {
        List<String> longLines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    int length = lines.get(i).codePointCount(0, lines.get(i).length());
                    if (length > MAX) {
                        longLines.add(file + ":" + (i + 1) + " (" + length + ")");
                    }
                }
            }
        }
        assertEquals(List.of(), longLines, "lines over " + MAX + " characters");
    }
}
