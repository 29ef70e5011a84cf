package cn.beijing.platform.guardianship.events;

import static org.assertj.core.api.Assertions.assertThat;

import cn.beijing.platform.common.outbox.EventType;
import cn.beijing.platform.test.EventSchemas;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every guardianship event has its JSON Schema in event-contracts (draft 2020-12, every field described, no other
 * field allowed), the schema and the record name the same fields, and no field can carry personal data.
 */
class GuardianshipEventSchemasTest {

    private static final Map<EventType, Class<? extends Record>> EVENTS = Map.of(
            GuardianshipEvents.POLICE_REFERRAL, PoliceReferralMade.class,
            GuardianshipEvents.ASSISTANCE_REFERRAL, AssistanceReferralMade.class,
            GuardianshipEvents.CONCLUSION_INVALIDATED, AssessmentConclusionInvalidated.class);

    /** Field names that would mean personal data or narrative in an event. */
    private static final List<String> PERSONAL = List.of("name", "birth", "sex", "gender", "age", "address", "phone",
            "identity", "idcard", "statement", "note", "notes", "narrative", "evidence", "recommendation",
            "recommendations", "guardian", "guardians", "minor");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everyEventHasASchemaNamingExactlyItsFields() {
        for (Map.Entry<EventType, Class<? extends Record>> event : EVENTS.entrySet()) {
            String topic = event.getKey().topic();
            JsonNode schema = schema(topic);
            assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(schema.path("additionalProperties").asBoolean(true)).as(topic).isFalse();
            List<String> components = Arrays.stream(event.getValue().getRecordComponents())
                    .map(RecordComponent::getName).toList();
            assertThat(new ArrayList<>(schema.path("properties").propertyNames()))
                    .as(topic).containsExactlyInAnyOrderElementsOf(components);
            schema.path("required").forEach(r -> assertThat(components).as(topic).contains(r.asString()));
            schema.path("properties").forEach(p -> assertThat(p.path("description").asString()).as(topic).isNotBlank());
        }
    }

    @Test
    void noEventFieldCanCarryPersonalData() {
        for (Class<? extends Record> type : EVENTS.values()) {
            for (RecordComponent component : type.getRecordComponents()) {
                // the words of the camelCase name: referringAgency is "referring agency", not "age"
                List<String> words = Arrays.stream(component.getName().split("(?=[A-Z])"))
                        .map(String::toLowerCase).toList();
                assertThat(words).as(type.getSimpleName() + "." + component.getName())
                        .noneMatch(PERSONAL::contains);
            }
        }
    }

    private JsonNode schema(String topic) {
        return json.readTree(EventSchemas.text(topic));
    }
}
