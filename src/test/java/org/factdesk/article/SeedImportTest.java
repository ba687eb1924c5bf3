package org.factdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SeedImportTest {

    static final String DEMO_SEED = "000_3a2cba1ca00c7316.txt";

    @Inject
    SeedImporter importer;

    @Inject
    ArticleService articles;

    @Test
    void demoArticleIsImportedAtStartWithItsDateAndExactText() throws Exception {
        Article article = QuarkusTransaction.requiringNew()
                .call(() -> Article.findBySeedKey(DEMO_SEED).orElseThrow());
        ArticleViews.ArticleDetail detail = articles.get(article.id);

        assertEquals(LocalDate.of(2021, 12, 31), detail.publishedDate());
        assertTrue(
                detail.title().startsWith("In a telephone call on Thursday, US President Joe Biden"), detail.title());
        assertTrue(detail.text().contains("50-minute phone call"));
        assertTrue(detail.text().contains("lowest since the end of the Cold War"));
        assertTrue(detail.text().contains("react “decisively” if Ukraine is invaded"), "curly quotes are kept");
        assertTrue(detail.text().startsWith("In a telephone call"), "the date header is not part of the text");
        assertTrue(detail.text().contains("Cold War. This is the second call in the month between the two leaders"));
        assertEquals(detail.text().strip(), detail.text());
        assertTrue(detail.text().contains("\n\n\"President Joseph R Biden"), "paragraphs are kept");
        assertEquals(ArticleVersion.sha256(detail.text()), detail.sha256());

        String raw = Files.readString(Path.of("seeds/articles", DEMO_SEED));
        assertEquals(ArticleText.parseSeed(raw).text(), detail.text());
    }

    @Test
    void importingAgainLikeARestartCreatesNothing() {
        long before = QuarkusTransaction.requiringNew().call(() -> Article.count());

        assertEquals(0, importer.importAll());
        assertEquals(0, importer.importAll());

        assertEquals(before, (long) QuarkusTransaction.requiringNew().call(() -> Article.count()));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Article.countBySeedKey(DEMO_SEED)));
    }

    @Test
    void theDatabaseRefusesToChangeAStoredTextVersion() {
        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> Panache.getEntityManager()
                                .createNativeQuery("update article_version set body = 'rewritten' where version_no = 1")
                                .executeUpdate()));
        assertThrows(
                Exception.class,
                () -> QuarkusTransaction.requiringNew()
                        .run(() -> Panache.getEntityManager()
                                .createNativeQuery("delete from article_version")
                                .executeUpdate()));

        Article article = QuarkusTransaction.requiringNew()
                .call(() -> Article.findBySeedKey(DEMO_SEED).orElseThrow());
        assertTrue(articles.get(article.id).text().contains("50-minute phone call"));
    }
}
