package cn.beijing.platform.energy.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.beijing.platform.common.outbox.EventType;
import cn.beijing.platform.test.EventSchemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every energy event has its JSON Schema in event-contracts (draft 2020-12, every field described, nothing else
 * allowed), the schema names exactly the record's fields, and no field can carry an owner's or manager's name.
 */
class EnergyEventSchemasTest {

    private static final Map<EventType, Class<? extends Record>> EVENTS = Map.of(
            EnergyEvents.BUILDING_RATED, BuildingRated.class,
            EnergyEvents.OBLIGATION_RAISED, ObligationRaised.class,
            EnergyEvents.OLD_BUILDING_IDENTIFIED, OldBuildingIdentified.class);

    private static final List<String> PERSONAL = List.of("name", "owner", "manager", "delegated", "phone", "address",
            "person", "contact", "quantity", "consumption");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyEventHasASchemaNamingExactlyItsFields() throws IOException {
        for (Map.Entry<EventType, Class<? extends Record>> event : EVENTS.entrySet()) {
            String topic = event.getKey().topic();
            JsonNode schema = json.readTree(EventSchemas.text(topic));
            assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("$id").asString()).endsWith(topic + ".schema.json");
            assertThat(schema.path("additionalProperties").asBoolean(true)).as(topic).isFalse();
            List<String> components = Arrays.stream(event.getValue().getRecordComponents())
                    .map(RecordComponent::getName).toList();
            assertThat(new ArrayList<>(schema.path("properties").propertyNames())).as(topic)
                    .containsExactlyInAnyOrderElementsOf(components);
            schema.path("required").forEach(r -> assertThat(components).as(topic).contains(r.asString()));
            schema.path("properties").forEach(p -> assertThat(p.path("description").asString()).as(topic)
                    .isNotBlank());
        }
    }

    @Test
    void noEventFieldCanCarryNamesOrRawFigures() {
        for (Class<? extends Record> type : EVENTS.values()) {
            for (RecordComponent component : type.getRecordComponents()) {
                List<String> words = Arrays.stream(component.getName().split("(?=[A-Z])"))
                        .map(String::toLowerCase).toList();
                assertThat(words).as(type.getSimpleName() + "." + component.getName()).noneMatch(PERSONAL::contains);
            }
        }
    }
}
