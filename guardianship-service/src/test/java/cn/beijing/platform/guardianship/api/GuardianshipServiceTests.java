package cn.beijing.platform.guardianship.api;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the integration tests of the guardianship service call and read: the service on its random port (each test
 * class declares how it is started), its JSON mapper and its database.
 */
abstract class GuardianshipServiceTests {

    @Autowired
    WebTestClient web;
    @Autowired
    JsonMapper json;
    @Autowired
    DatabaseClient db;

    WebTestClient.ResponseSpec post(String uri, String token, Object body) {
        return web.post().uri(uri).header("Authorization", token).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange();
    }

    /** The body of a response with {@code status}, as a JSON tree. */
    JsonNode expect(int status, WebTestClient.ResponseSpec response) {
        return json.readTree(response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult()
                .getResponseBody());
    }

    /** The number a counting query ({@code select … as n}) answers. */
    long count(String sql) {
        return db.sql(sql).map(row -> row.get("n", Long.class)).one().block();
    }
}
