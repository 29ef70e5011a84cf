package cn.beijing.platform.test;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * BlockHound runs in every test JVM that has platform-test (blockhound-junit-platform installs it): a
 * blocking call on a Netty event loop or a Reactor non-blocking thread fails the request or the test.
 * These are the only allowances, each a known non-issue.
 */
public final class PlatformBlockingAllowances implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder
                // test logs written by the console appender (the test runner redirects stdout to a file)
                .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes")
                .allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "subAppend")
                // SecureRandom seeding behind UUID.randomUUID reads /dev/urandom once; it never waits
                .allowBlockingCallsInside("java.util.UUID", "randomUUID")
                .allowBlockingCallsInside("sun.security.provider.NativePRNG$RandomIO", "implNextBytes")
                // class loading and resource reads of lazily initialised libraries, once per JVM
                .allowBlockingCallsInside("java.lang.ClassLoader", "loadClass")
                .allowBlockingCallsInside("java.util.ServiceLoader$LazyClassPathLookupIterator", "hasNext")
                // a static resource served from a jar (Swagger UI's page at the gateway): the JDK reads the jar's
                // manifest once, on the first look-up of an entry, and keeps what it found
                .allowBlockingCallsInside("java.util.jar.JarFile", "checkForSpecialAttributes")
                // Bean Validation loads its message bundle from the class path on the first violation per locale
                .allowBlockingCallsInside("org.hibernate.validator.resourceloading.PlatformResourceBundleLocator", "loadBundle")
                // springdoc builds the OpenAPI document once, at start-up off the event loop
                // (springdoc.pre-loading-enabled); a request that arrives while it is still being built waits on its
                // lock for that moment, then every request is served from memory
                .allowBlockingCallsInside("org.springdoc.api.AbstractOpenApiResource", "getOpenApi")
                // Swagger UI's files at the gateway: the webjar's version is looked up in its jar once, then cached
                .allowBlockingCallsInside("org.springframework.web.reactive.resource.LiteWebJarsResourceResolver",
                        "findWebJarResourcePath")
                // resilience4j's circuit-breaker window guards a few field updates with a lock; under concurrent
                // calls a thread may park for nanoseconds (gateway only; the library's documented design)
                .allowBlockingCallsInside("io.github.resilience4j.core.metrics.FixedSizeSlidingWindowMetrics", "record")
                .allowBlockingCallsInside("io.github.resilience4j.core.metrics.FixedSizeSlidingWindowMetrics", "getSnapshot")
                // Lettuce (the gateway's rate-limit store) guards its endpoint's writer count with a short lock; a
                // writer may park for a moment while a reconnect or close holds it. BlockHound's error thrown inside
                // that section left the count in exclusive mode and every later writer spinning (Lettuce #3804)
                .allowBlockingCallsInside("io.lettuce.core.protocol.SharedLock", "incrementWriters")
                .allowBlockingCallsInside("io.lettuce.core.protocol.SharedLock", "decrementWriters")
                .allowBlockingCallsInside("io.lettuce.core.protocol.SharedLock", "doExclusive")
                // Netty 4.2's adaptive buffer allocator takes a StampedLock for a moment when magazines grow or
                // free memory (its own event-loop design; BlockHound's Netty integration predates it)
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free")
                .allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup", "tryExpandMagazines")
                // Jackson 3 builds the deserializer of a type once, under a short lock: a second thread asking for
                // the same type at that moment parks until it is built (once per type per JVM; a rule family reads
                // its claim blocks with treeToValue on the event loop)
                .allowBlockingCallsInside("tools.jackson.databind.deser.DeserializerCache",
                        "_createAndCacheValueDeserializer")
                // the OpenTelemetry SDK hands an ended span to its exporter through a bounded ArrayBlockingQueue
                // (offer, never put: a full queue drops the span); two event loops ending spans at once may park on
                // its lock for a moment (a fresh clone's EnergyApiIT answered 500 on it)
                .allowBlockingCallsInside("io.opentelemetry.sdk.trace.export.BatchSpanProcessor$Worker", "addSpan")
                .allowBlockingCallsInside("io.github.resilience4j.core.metrics.SlidingTimeWindowMetrics", "record")
                .allowBlockingCallsInside("io.github.resilience4j.core.metrics.SlidingTimeWindowMetrics", "getSnapshot")
                .allowBlockingCallsInside("io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine", "onSuccess")
                .allowBlockingCallsInside("io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine", "onError")
                .allowBlockingCallsInside("io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine", "tryAcquirePermission")
                .allowBlockingCallsInside("io.github.resilience4j.circuitbreaker.internal.CircuitBreakerStateMachine", "releasePermission")
                .allowBlockingCallsInside("io.github.resilience4j.bulkhead.internal.SemaphoreBulkhead", "tryAcquirePermission")
                .allowBlockingCallsInside("io.github.resilience4j.bulkhead.internal.SemaphoreBulkhead", "releasePermission")
                .allowBlockingCallsInside("io.github.resilience4j.bulkhead.internal.SemaphoreBulkhead", "onComplete");
    }
}
