package cn.beijing.platform.test.openapi;

import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ClientHttpRequest;
import org.springframework.http.client.reactive.ClientHttpRequestDecorator;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Checks every exchange of a test's {@code WebTestClient} against the service's OpenAPI document: a response
 * that breaks it fails the request with an {@link AssertionError} naming each violation. The request body is
 * recorded on its way out so that a request the service accepted can be checked too.
 */
@RequiredArgsConstructor
public final class ContractCheckingFilter implements ExchangeFilterFunction {

    /** While a document is being completed: {@code -Dopenapi.contract.collect=<file>} appends violations there. */
    private static final String COLLECT = System.getProperty("openapi.contract.collect");

    private final OpenApiContract contract;

    @Override
    public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        ClientRequest recording = ClientRequest.from(request)
                .body((outputMessage, context) -> request.body().insert(new Recording(outputMessage, sent), context))
                .build();
        return next.exchange(recording).flatMap(response -> DataBufferUtils
                .join(response.body(BodyExtractors.toDataBuffers()))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                // off the event loop: the validator reads its schemas and message bundles on first use
                .publishOn(Schedulers.boundedElastic())
                .map(bytes -> check(request, sent.toByteArray(), response, bytes)));
    }

    private ClientResponse check(ClientRequest request, byte[] requestBody, ClientResponse response, byte[] body) {
        HttpHeaders headers = response.headers().asHttpHeaders();
        Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
        headers.forEach(responseHeaders::put);
        OpenApiContract.Exchange exchange = new OpenApiContract.Exchange(request.method().name(),
                request.url().getRawPath(), requestBody, request.headers().getFirst(HttpHeaders.CONTENT_TYPE),
                response.statusCode().value(), responseHeaders, headers.getFirst(HttpHeaders.CONTENT_TYPE), body);
        List<String> violations = contract.violations(exchange);
        if (!violations.isEmpty() && COLLECT != null) {
            collect(violations);
        } else if (!violations.isEmpty()) {
            throw new AssertionError("The response breaks the OpenAPI contract " + contract.name() + ":\n  - "
                    + String.join("\n  - ", violations));
        }
        Flux<DataBuffer> replay = body.length == 0 ? Flux.empty()
                : Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body));
        return response.mutate().body(replay).build();
    }

    private static synchronized void collect(List<String> violations) {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of(COLLECT), String.join("\n", violations) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Keeps a copy of what is written as the request body. */
    private static final class Recording extends ClientHttpRequestDecorator {

        private final ByteArrayOutputStream copy;

        Recording(ClientHttpRequest delegate, ByteArrayOutputStream copy) {
            super(delegate);
            this.copy = copy;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            return super.writeWith(Flux.from(body).doOnNext(this::record));
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            return super.writeAndFlushWith(Flux.from(body).map(part -> Flux.from(part).doOnNext(this::record)));
        }

        private void record(DataBuffer buffer) {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.toByteBuffer(buffer.readPosition(), java.nio.ByteBuffer.wrap(bytes), 0, bytes.length);
            copy.writeBytes(bytes);
        }
    }
}
