package cn.beijing.platform.subsidy.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.beijing.platform.subsidy.MutableClock;
import cn.beijing.platform.test.KafkaProbe;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * What the workflow tests (kindergarten subsidies, programme payments) share: a clock the test moves (from 2025-09-15)
 * and the calls and checks every step of a workflow uses, with a token.
 */
@Import(WorkflowApiTest.TestClock.class)
abstract class WorkflowApiTest extends SubsidyApiTest {

    @TestConfiguration
    static class TestClock {
        @Bean
        MutableClock clock() {
            return new MutableClock(LocalDate.of(2025, 9, 15));
        }
    }

    @Autowired
    MutableClock clock;

    void today(String date) {
        clock.setToday(LocalDate.parse(date));
    }

    WebTestClient.ResponseSpec send(HttpMethod method, String path, String token, String body) {
        WebTestClient.RequestBodySpec spec = web.method(method).uri(API + path).header("Authorization", token);
        if (body == null) {
            return spec.exchange();
        }
        return spec.contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    JsonNode get(String path, String token) {
        return body(send(HttpMethod.GET, path, token, null).expectStatus().isOk());
    }

    static JsonNode body(WebTestClient.ResponseSpec response) {
        return response.expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    static JsonNode problem(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    /** The one record of {@code topic} keyed {@code key} (waits up to a minute; fails on none or several). */
    static ConsumerRecord<String, byte[]> one(KafkaProbe probe, String topic, String key) {
        List<ConsumerRecord<String, byte[]>> records = probe.await(r -> topic.equals(r.topic()) && key.equals(r.key()),
                1, Duration.ofSeconds(60));
        assertThat(records).as("%s keyed %s", topic, key).hasSize(1);
        return records.get(0);
    }
}
