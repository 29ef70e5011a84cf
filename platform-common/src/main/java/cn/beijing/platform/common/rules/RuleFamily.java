package cn.beijing.platform.common.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.beijing.platform.common.error.NotFoundException;
import cn.beijing.platform.common.input.RequestBodyMapper;
import cn.beijing.platform.policy.Decides;
import cn.beijing.platform.policy.PolicyInputException;
import cn.beijing.platform.policy.RuleDescriptor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numbered rules of one document, found by their declaration ({@code @Rule(id = "<idPrefix>NN")}): the calculator
 * {@code …/{NN}/evaluations} and the block {@code <blockPrefix>NN} of a claim reach rule NN here, its input read from
 * the JSON of the request with the service's JSON settings. A new article of the family is its rule class, its
 * parameter file and its case file: nothing to add here, in a controller or in a claims record.
 *
 * @param <D> what the family's rules decide
 */
public final class RuleFamily<D> {

    /** A declared member of the family, as a caller may list it. */
    public record Member(int number, String id, String document, String article, List<String> parameters) {
    }

    private final String blockPrefix;
    private final JsonMapper json;
    private final Map<Integer, Decides<?, ? extends D>> rules = new TreeMap<>();
    private final Map<Integer, RuleDescriptor> descriptors = new TreeMap<>();

    /**
     * @param idPrefix    the declared ids of the family without the number, e.g. {@code industrial-finance-article-}
     * @param blockPrefix the claim blocks without the number, e.g. {@code article}
     * @param requests    the application's request-body mapper: a rule's facts keep the input rules of every request
     */
    public RuleFamily(String idPrefix, String blockPrefix, List<? extends Decides<?, ? extends D>> members,
                      RequestBodyMapper requests) {
        this.blockPrefix = blockPrefix;
        this.json = requests.json();
        for (Decides<?, ? extends D> rule : members) {
            RuleDescriptor descriptor = RuleDescriptor.of(rule.getClass());
            if (!descriptor.id().startsWith(idPrefix)) {
                throw new IllegalStateException(descriptor.id() + " is not named " + idPrefix + "NN");
            }
            int number = Integer.parseInt(descriptor.id().substring(idPrefix.length()));
            if (rules.put(number, rule) != null) {
                throw new IllegalStateException("two rules of " + idPrefix + " number " + number);
            }
            descriptors.put(number, descriptor);
        }
    }

    /** The numbers of the family's rules, ascending. */
    public Set<Integer> numbers() {
        return Collections.unmodifiableSet(rules.keySet());
    }

    /** Every member, in the order of the numbers. */
    public List<Member> members() {
        return descriptors.entrySet().stream().map(e -> new Member(e.getKey(), e.getValue().id(),
                e.getValue().document(), e.getValue().article(), e.getValue().parameters())).toList();
    }

    public RuleDescriptor descriptor(int number) {
        RuleDescriptor descriptor = descriptors.get(number);
        if (descriptor == null) {
            throw new NotFoundException(blockPrefix + " " + number);
        }
        return descriptor;
    }

    /** Rule {@code number} on a request body (a rule that does not exist is 404). */
    public D decide(int number, JsonNode body, LocalDate decisionDate) {
        return decide(number, body, decisionDate, "");
    }

    /**
     * Every claimed block ({@code <blockPrefix>NN}, null blocks are not claimed), in the order of the numbers; a bad
     * field is named from the top of the request ({@code claims.article02.annualPremiums}). An unknown block is
     * unreadable input.
     */
    public List<D> decideAll(Map<String, JsonNode> blocks, LocalDate decisionDate, String prefix) {
        Map<Integer, JsonNode> claimed = new TreeMap<>();
        for (Map.Entry<String, JsonNode> block : blocks.entrySet()) {
            Integer number = number(block.getKey());
            if (number == null) {
                JacksonException unknown = new UnrecognizedPropertyException(null, "Unrecognized property \""
                        + block.getKey() + "\"", null, Map.class, block.getKey(), List.copyOf(blockNames()));
                throw unknown.prependPath(Map.class, block.getKey()).prependPath(null, prefix);
            }
            if (block.getValue() != null && !block.getValue().isNull()) {
                claimed.put(number, block.getValue());
            }
        }
        List<D> decisions = new ArrayList<>();
        claimed.forEach((number, body) -> decisions.add(decide(number, body, decisionDate,
                PolicyInputException.join(prefix, block(number)))));
        return decisions;
    }

    private D decide(int number, JsonNode body, LocalDate decisionDate, String path) {
        RuleDescriptor descriptor = descriptor(number);
        Object input;
        try {
            input = json.treeToValue(body, json.constructType(descriptor.input()));
        } catch (JacksonException e) {
            throw path.isEmpty() ? e : prepend(e, path);
        }
        @SuppressWarnings("unchecked")
        Decides<Object, ? extends D> rule = (Decides<Object, ? extends D>) rules.get(number);
        return PolicyInputException.nested(path, () -> rule.decide(input, decisionDate));
    }

    private static JacksonException prepend(JacksonException e, String path) {
        List<String> parts = List.of(path.split("\\."));
        for (int i = parts.size() - 1; i >= 0; i--) {
            e.prependPath(null, parts.get(i));
        }
        return e;
    }

    private Integer number(String block) {
        if (!block.startsWith(blockPrefix)) {
            return null;
        }
        try {
            int number = Integer.parseInt(block.substring(blockPrefix.length()));
            return rules.containsKey(number) && block.equals(block(number)) ? number : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private List<Object> blockNames() {
        return new ArrayList<>(rules.keySet().stream().map(this::block).toList());
    }

    private String block(int number) {
        return String.format("%s%02d", blockPrefix, number);
    }
}
