package cn.beijing.platform.test.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Places inside a JSON document ({@code rows[0].price}) and how to change what is there. */
final class JsonLocations {

    private JsonLocations() {
    }

    /** A place: property names and array indexes from the root. */
    record Location(List<Object> steps) {

        Location child(Object step) {
            List<Object> next = new ArrayList<>(steps);
            next.add(step);
            return new Location(List.copyOf(next));
        }

        /** As the problem documents name fields: {@code consumption[0].quantity}, {@code [1].factor}. */
        String field() {
            StringBuilder out = new StringBuilder();
            for (Object step : steps) {
                if (step instanceof Integer index) {
                    out.append('[').append(index).append(']');
                } else {
                    out.append(out.isEmpty() ? "" : ".").append(step);
                }
            }
            return out.toString();
        }
    }

    static final Location ROOT = new Location(List.of());

    /** Every place below the root, containers before their content. */
    static List<Location> all(JsonNode root) {
        List<Location> out = new ArrayList<>();
        collect(root, ROOT, out);
        return out;
    }

    private static void collect(JsonNode node, Location at, List<Location> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                Location child = at.child(property.getKey());
                out.add(child);
                collect(property.getValue(), child, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Location child = at.child(i);
                out.add(child);
                collect(node.get(i), child, out);
            }
        }
    }

    static JsonNode get(JsonNode root, Location at) {
        JsonNode node = root;
        for (Object step : at.steps()) {
            node = step instanceof Integer index ? node.path(index) : node.path((String) step);
        }
        return node;
    }

    /** Replaces the node at a place (the place's parent must exist). */
    static void set(JsonNode root, Location at, JsonNode value) {
        JsonNode parent = get(root, new Location(at.steps().subList(0, at.steps().size() - 1)));
        Object last = at.steps().get(at.steps().size() - 1);
        if (parent instanceof ObjectNode object) {
            object.set((String) last, value);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, value);
        }
    }

    /** Removes a property, or an array element. */
    static void remove(JsonNode root, Location at) {
        JsonNode parent = get(root, new Location(at.steps().subList(0, at.steps().size() - 1)));
        Object last = at.steps().get(at.steps().size() - 1);
        if (parent instanceof ObjectNode object) {
            object.remove((String) last);
        } else if (parent instanceof ArrayNode array) {
            array.remove((int) (Integer) last);
        }
    }
}
