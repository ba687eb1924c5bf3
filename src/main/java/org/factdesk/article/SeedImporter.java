package org.factdesk.article;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.factdesk.FactdeskConfig;
import org.jboss.logging.Logger;

/** Imports the demo articles in {@code factdesk.seed.articles-dir} at start-up, each exactly once. */
@ApplicationScoped
public class SeedImporter {

    private static final Logger LOG = Logger.getLogger(SeedImporter.class);

    private final ArticleService articles;
    private final Path folder;

    SeedImporter(ArticleService articles, FactdeskConfig config) {
        this.articles = articles;
        this.folder = Path.of(config.seed().articlesDir());
    }

    void onStart(@Observes StartupEvent event) {
        int created = importAll();
        LOG.infof("Seed articles from %s: %d imported now", folder.toAbsolutePath(), created);
    }

    /** @return how many articles were created by this call */
    public int importAll() {
        if (!Files.isDirectory(folder)) {
            LOG.warnf("Seed folder %s does not exist; no demo articles imported", folder.toAbsolutePath());
            return 0;
        }
        int created = 0;
        for (Path file : seedFiles()) {
            String raw = read(file);
            if (articles.importSeed(file.getFileName().toString(), raw)) {
                created++;
            }
        }
        return created;
    }

    private List<Path> seedFiles() {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list seed folder " + folder, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed file " + file, e);
        }
    }
}
