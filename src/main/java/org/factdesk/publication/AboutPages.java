package org.factdesk.publication;

import static org.factdesk.web.Texts.text;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.FactdeskConfig;
import org.factdesk.web.ProblemException;

/**
 * The methodology and corrections-policy pages, written in Markdown in seeds/about/ (headings,
 * paragraphs, lists; the text is escaped like any other, so no HTML passes through).
 */
@jakarta.ws.rs.Path("/about")
@Produces(MediaType.TEXT_HTML)
public class AboutPages {

    /** One block of a policy page. */
    public record Block(String kind, String text, List<String> items) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance about(String title, List<Block> blocks);
    }

    private static final List<String> PAGES = List.of("methodology", "corrections");

    private final Path folder;

    AboutPages(FactdeskConfig config) {
        this.folder = Path.of(config.publicSite().aboutDir());
    }

    @GET
    @jakarta.ws.rs.Path("{page}")
    public Response page(@Context Request request, @PathParam("page") String page) throws IOException {
        Path file = folder.resolve(page + ".md");
        if (!PAGES.contains(page) || !Files.isRegularFile(file)) {
            throw ProblemException.notFound(text("http.404"));
        }
        List<Block> blocks = parse(Files.readString(file));
        String title = blocks.stream()
                .filter(b -> b.kind().equals("h1"))
                .map(Block::text)
                .findFirst()
                .orElse(page);
        return PublicResponses.cacheable(
                request, Templates.about(title, blocks).render(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }

    /** The Markdown this site needs: # and ## headings, paragraphs, "- " lists. */
    static List<Block> parse(String markdown) {
        List<Block> blocks = new ArrayList<>();
        for (String chunk : markdown.replace("\r\n", "\n").split("\n\\s*\n")) {
            String block = chunk.strip();
            if (block.isEmpty()) {
                continue;
            }
            if (block.startsWith("## ")) {
                blocks.add(new Block("h2", block.substring(3).strip(), List.of()));
            } else if (block.startsWith("# ")) {
                blocks.add(new Block("h1", block.substring(2).strip(), List.of()));
            } else if (block.startsWith("- ")) {
                blocks.add(new Block(
                        "ul",
                        null,
                        block.lines()
                                .map(l -> l.replaceFirst("^-\\s*", "").strip())
                                .toList()));
            } else {
                blocks.add(new Block("p", block.replaceAll("\\s*\\n\\s*", " "), List.of()));
            }
        }
        return blocks;
    }
}
