package cn.beijing.platform.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Which answers {@link SingleWriteResponses} hands on as one buffer, and that the body arrives unchanged. */
class SingleWriteResponsesTest {

    private static final int MAX = SingleWriteResponses.MAX_BYTES;

    record Case(String name, HttpMethod method, long contentLength, List<String> chunks, boolean oneWrite) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> answers() {
        return Stream.of(
                new Case("a small answer in two chunks", HttpMethod.POST, 4, List.of("ab", "cd"), true),
                new Case("a GET answer", HttpMethod.GET, 3, List.of("a", "b", "c"), true),
                new Case("exactly the largest length collected", HttpMethod.POST, MAX,
                        List.of("a".repeat(MAX / 2), "b".repeat(MAX / 2)), true),
                new Case("a byte less than the largest", HttpMethod.POST, MAX - 1,
                        List.of("a".repeat(MAX / 2), "b".repeat(MAX / 2 - 1)), true),
                new Case("a byte more than the largest: relayed as a stream", HttpMethod.POST, MAX + 1,
                        List.of("a".repeat(MAX / 2), "b".repeat(MAX / 2 + 1)), false),
                new Case("no declared length (chunked): relayed as a stream", HttpMethod.POST, -1,
                        List.of("ab", "cd"), false),
                new Case("a HEAD answer: relayed as it is", HttpMethod.HEAD, 4, List.of("ab", "cd"), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("answers")
    void smallAnswersOfKnownLengthAreWrittenAsOneBufferOthersAsTheyCome(Case answer) {
        MockServerWebExchange base = MockServerWebExchange.from(MockServerHttpRequest.method(answer.method(), "/api/x"));
        Recording response = new Recording(base.getResponse());

        new SingleWriteResponses().filter(base.mutate().response(response).build(), exchange -> {
            if (answer.contentLength() >= 0) {
                exchange.getResponse().getHeaders().setContentLength(answer.contentLength());
            }
            return exchange.getResponse().writeWith(Flux.fromIterable(answer.chunks()).map(SingleWriteResponsesTest::buffer));
        }).block();

        assertThat(response.written).as("handed on as one buffer").satisfies(written ->
                assertThat(written instanceof Mono).isEqualTo(answer.oneWrite()));
        assertThat(base.getResponse().getBodyAsString().block()).isEqualTo(String.join("", answer.chunks()));
    }

    @Test
    void anAnswerThatBreaksOffFailsBeforeAnythingIsCommitted() {
        MockServerWebExchange base = MockServerWebExchange.from(MockServerHttpRequest.post("/api/x"));

        Mono<Void> relayed = new SingleWriteResponses().filter(base, exchange -> {
            exchange.getResponse().getHeaders().setContentLength(100);
            return exchange.getResponse().writeWith(Flux.concat(Flux.just(buffer("{\"ok\":tru")),
                    Flux.error(new IOException("Connection prematurely closed DURING response"))));
        });

        assertThatThrownBy(relayed::block).hasCauseInstanceOf(IOException.class);
        // the status and headers are still unsent: the gateway's error handler can answer with a problem
        assertThat(base.getResponse().isCommitted()).isFalse();
    }

    private static DataBuffer buffer(String text) {
        return DefaultDataBufferFactory.sharedInstance.wrap(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Notes what the filter handed on to the response it decorates. */
    private static final class Recording extends ServerHttpResponseDecorator {

        Publisher<? extends DataBuffer> written;

        Recording(MockServerHttpResponse delegate) {
            super(delegate);
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            written = body;
            return super.writeWith(body);
        }
    }
}
