package cn.beijing.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.beijing.platform.contracts.SchemaCompatibility.Breaking;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every schema of the released contract ({@code src/test/resources/released/<version>/}, the schemas as the last
 * release shipped them) still has its topic, and the current schema makes no breaking change to it. A change that
 * must break goes to a new {@code vN+1} topic with a schema of its own; after a release, its schemas become the
 * new snapshot. The planted changes below show the check failing for each kind of breaking change.
 */
class ReleasedContractCompatibilityTest {

    static final String RELEASED_VERSION = "1.0.0";
    private static final Path CURRENT = Path.of("src/main/resources/events");
    private static final Path RELEASED = Path.of("src/test/resources/released", RELEASED_VERSION);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theCurrentContractMakesNoBreakingChangeToTheReleasedOne() {
        List<String> topics = releasedTopics();
        assertThat(topics).hasSize(11);
        for (String topic : topics) {
            assertThat(CURRENT.resolve(topic + ".schema.json")).as("released topic %s is still in the contract", topic)
                    .exists();
            assertThat(changes(released(topic), current(topic))).as(topic).isEmpty();
        }
    }

    @Test
    void removingOrRenamingARequiredFieldBreaks() {
        ObjectNode removed = current("medical.drg-case-settled.v1");
        ((ObjectNode) removed.get("properties")).remove("payment");
        removeRequired(removed, "payment");
        assertThat(changes(released("medical.drg-case-settled.v1"), removed))
                .containsExactly("/properties/payment: required field removed (or renamed)");

        ObjectNode renamed = current("medical.drg-case-settled.v1");
        ObjectNode properties = (ObjectNode) renamed.get("properties");
        properties.set("settledAmount", properties.remove("payment"));
        removeRequired(renamed, "payment");
        ((ArrayNode) renamed.get("required")).add("settledAmount");
        assertThat(changes(released("medical.drg-case-settled.v1"), renamed)).containsExactly(
                "/properties/payment: required field removed (or renamed)",
                "/properties/settledAmount: new required field");
    }

    @Test
    void makingARequiredFieldOptionalOrAnOptionalFieldRequiredBreaks() {
        ObjectNode optional = current("subsidy.payment-scheduled.v1");
        removeRequired(optional, "noticeId");
        assertThat(changes(released("subsidy.payment-scheduled.v1"), optional))
                .containsExactly("/properties/noticeId: required field became optional");

        ObjectNode required = current("energy.obligation-raised.v1");
        ((ArrayNode) required.get("required")).add("dueOn");
        assertThat(changes(released("energy.obligation-raised.v1"), required))
                .containsExactly("/properties/dueOn: new required field");
    }

    @Test
    void narrowingOrWideningATypeBreaks() {
        ObjectNode narrowed = current("medical.drg-case-settled.v1");
        property(narrowed, "actualCost").put("type", "integer");
        assertThat(changes(released("medical.drg-case-settled.v1"), narrowed))
                .containsExactly("/properties/actualCost: type number became integer");

        ObjectNode widened = current("medical.drg-case-settled.v1");
        property(widened, "revision").put("type", "number");
        assertThat(changes(released("medical.drg-case-settled.v1"), widened))
                .containsExactly("/properties/revision: type integer became number");

        ObjectNode nested = current("subsidy.clawback-ordered.v1");
        ((ObjectNode) property(nested, "recoveries").get("items").get("properties").get("amount")).put("type", "string");
        assertThat(changes(released("subsidy.clawback-ordered.v1"), nested))
                .containsExactly("/properties/recoveries/items/properties/amount: type number became string");
    }

    @Test
    void changingTheValuesOfAnEnumBreaksEitherWay() {
        ObjectNode fewer = current("medical.drg-case-settled.v1");
        ((ArrayNode) property(fewer, "insurance").get("enum")).remove(1);
        assertThat(changes(released("medical.drg-case-settled.v1"), fewer))
                .containsExactly("/properties/insurance: enum values removed [RESIDENT]");

        ObjectNode more = current("medical.drg-case-settled.v1");
        ((ArrayNode) property(more, "insurance").get("enum")).add("COMMERCIAL");
        assertThat(changes(released("medical.drg-case-settled.v1"), more)).containsExactly(
                "/properties/insurance: enum values added [COMMERCIAL] (consumers map enums to closed types)");
    }

    @Test
    void tighterBoundsPatternsAndFormatsBreakLooserBoundsDoNot() {
        ObjectNode minimum = current("medical.drg-case-settled.v1");
        property(minimum, "payment").put("minimum", 1);
        assertThat(changes(released("medical.drg-case-settled.v1"), minimum))
                .containsExactly("/properties/payment: minimum tightened from 0 to 1");

        ObjectNode pattern = current("medical.drg-case-settled.v1");
        property(pattern, "dischargeMonth").put("pattern", "^20[0-9]{2}-[0-9]{2}$");
        assertThat(changes(released("medical.drg-case-settled.v1"), pattern)).hasSize(1)
                .allMatch(change -> change.startsWith("/properties/dischargeMonth: pattern"));

        ObjectNode format = current("medical.drg-case-settled.v1");
        property(format, "hospitalCode").put("format", "uuid");
        assertThat(changes(released("medical.drg-case-settled.v1"), format))
                .containsExactly("/properties/hospitalCode: format '' became 'uuid'");

        ObjectNode looser = current("medical.catalogue-changed.v1");
        property(looser, "changedCodes").put("maxItems", 20000);
        property(looser, "rowCount").remove("minimum");
        assertThat(changes(released("medical.catalogue-changed.v1"), looser)).isEmpty();
    }

    @Test
    void closingAnObjectBreaksOpeningItDoesNot() {
        ObjectNode opened = current("guardianship.police-referral.v1");
        opened.put("additionalProperties", true);
        assertThat(changes(released("guardianship.police-referral.v1"), opened)).isEmpty();

        ObjectNode optionalRemoved = current("guardianship.assistance-referral.v1");
        ((ObjectNode) optionalRemoved.get("properties")).remove("consentRecordedOn");
        assertThat(changes(released("guardianship.assistance-referral.v1"), optionalRemoved)).containsExactly(
                "/properties/consentRecordedOn: optional field removed from a closed object (events carrying it become invalid)");
    }

    @Test
    void aNewOptionalFieldNewWordingAndAnnotationsAreCompatible() {
        ObjectNode additions = current("energy.building-rated.v1");
        ((ObjectNode) additions.get("properties")).putObject("ratedBy")
                .put("type", "string").put("description", "a new optional field");
        additions.put("description", "reworded");
        property(additions, "intensity").put("title", "Intensity").put("format", "decimal");
        assertThat(changes(released("energy.building-rated.v1"), additions)).isEmpty();
    }

    @Test
    void aBreakingChangeInTheSharedBasisBreaksEveryTopicThatUsesIt() {
        Function<String, JsonNode> plantedFiles = path -> {
            JsonNode file = read(CURRENT.resolve(path));
            if (path.equals("common/basis.schema.json")) {
                ObjectNode planted = (ObjectNode) file.deepCopy();
                ((ObjectNode) planted.get("properties")).remove("article");
                ((ArrayNode) planted.get("required")).removeAll();
                ((ArrayNode) planted.get("required")).add("document");
                return planted;
            }
            return file;
        };
        for (String topic : releasedTopics()) {
            List<String> changes = SchemaCompatibility.breakingChanges(released(topic), file -> read(RELEASED.resolve(file)),
                    current(topic), plantedFiles).stream().map(Breaking::toString).toList();
            if (topic.equals("medical.catalogue-changed.v1")) {
                assertThat(changes).as(topic).isEmpty();   // carries no basis
            } else {
                assertThat(changes).as(topic).containsExactly("/properties/basis/items/properties/article: required field removed (or renamed)");
            }
        }
    }

    private static List<String> changes(JsonNode released, JsonNode current) {
        return SchemaCompatibility.breakingChanges(released, file -> read(RELEASED.resolve(file)),
                current, file -> read(CURRENT.resolve(file))).stream().map(Breaking::toString).toList();
    }

    private static ObjectNode property(ObjectNode schema, String name) {
        return (ObjectNode) schema.get("properties").get(name);
    }

    private static void removeRequired(ObjectNode schema, String field) {
        ArrayNode required = (ArrayNode) schema.get("required");
        for (int i = required.size() - 1; i >= 0; i--) {
            if (required.get(i).asString().equals(field)) {
                required.remove(i);
            }
        }
    }

    static List<String> releasedTopics() {
        try (Stream<Path> files = Files.list(RELEASED)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".schema.json"))
                    .map(n -> n.substring(0, n.length() - ".schema.json".length())).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode released(String topic) {
        return read(RELEASED.resolve(topic + ".schema.json"));
    }

    private static ObjectNode current(String topic) {
        return (ObjectNode) read(CURRENT.resolve(topic + ".schema.json"));
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
