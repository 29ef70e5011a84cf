package cn.beijing.platform.common;

import java.util.Map;

import cn.beijing.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A test of the common test application through its notes API, called by an OPS clerk, and its database. */
abstract class NotesApiFixture {

    static final String TOKEN = TestTokens.bearer("clerk-1", "TEST_AGENCY", "OPS");

    @Autowired
    WebTestClient web;
    @Autowired
    DatabaseClient db;

    /** The clerk registers a plain note of 1.00 yuan on 2025-03-01 titled {@code title}. */
    WebTestClient.ResponseSpec registerPlainNote(String title) {
        return web.post().uri("/notes").header("Authorization", TOKEN).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("title", title, "kind", "PLAIN", "amount", "1.00", "onDate", "2025-03-01"))
                .exchange();
    }

    /** The id of a plain note the clerk registered (201). */
    String registeredPlainNote(String title) {
        return registerPlainNote(title).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }
}
