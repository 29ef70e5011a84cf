package cn.beijing.platform.energy.events;

import cn.beijing.platform.policy.PolicyInputException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.UUID;

import cn.beijing.platform.common.inbox.IdempotentConsumer;
import cn.beijing.platform.common.inbox.IncomingEvent;
import cn.beijing.platform.common.inbox.PoisonEventException;
import cn.beijing.platform.energy.renewal.RenewalLedger;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import lombok.RequiredArgsConstructor;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The renewal ledger's consumer of {@code energy.building-rated.v1}: reads only what it keeps (building, year, E, C),
 * tolerates fields it does not know, and applies each event once (the inbox row commits with the effect).
 * A record that cannot be read or carries impossible figures is poison and goes to the dead-letter topic at once.
 */
@Component
@RequiredArgsConstructor
class RenewalLedgerListener {

    static final String CONSUMER = "energy-renewal-ledger";

    /** The fields of {@link BuildingRated} the ledger reads; the others are passed over. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RatedFigures(String buildingId, Integer year, BigDecimal intensity, BigDecimal constraintValue) {
    }

    private final IdempotentConsumer inbox;
    private final RenewalLedger ledger;
    private final JsonMapper json;

    @KafkaListener(topics = "energy.building-rated.v1", groupId = "${platform.kafka.group-prefix:}" + CONSUMER)
    void on(ConsumerRecord<String, byte[]> record) {
        IncomingEvent event = IncomingEvent.from(record);
        RenewalLedger.RatedIntensity rated = read(event);
        try {
            // a listener thread, not an event loop: waiting for the transaction here is fine
            inbox.handleOnce(CONSUMER, event, () -> ledger.onBuildingRated(rated, event.id()))
                    .block(Duration.ofSeconds(30));
        } catch (PolicyInputException e) {
            throw new PoisonEventException("building-rated event " + event.id() + " has impossible figures: "
                    + e.field(), e);
        }
    }

    private RenewalLedger.RatedIntensity read(IncomingEvent event) {
        RatedFigures figures;
        try {
            figures = json.readValue(event.body(), RatedFigures.class);
        } catch (JacksonException e) {
            throw new PoisonEventException("unreadable building-rated event " + event.id(), e);
        }
        if (figures.buildingId() == null || figures.year() == null || figures.intensity() == null
                || figures.constraintValue() == null) {
            throw new PoisonEventException("building-rated event " + event.id() + " lacks a required field");
        }
        try {
            return new RenewalLedger.RatedIntensity(UUID.fromString(figures.buildingId()), figures.year(),
                    figures.intensity(), figures.constraintValue());
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("building-rated event " + event.id() + " has no building id", e);
        }
    }
}
