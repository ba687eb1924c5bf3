package org.factdesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

/** Runs the project's own commands (./factdesk, scripts/*.sh) from a test, as a person would. */
public final class Scripts {

    private Scripts() {}

    /** Runs the command with extra environment; fails the test, with its output, unless it exits 0. */
    public static void run(Map<String, String> env, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }

    public static void run(String... command) throws Exception {
        run(Map.of(), command);
    }
}
