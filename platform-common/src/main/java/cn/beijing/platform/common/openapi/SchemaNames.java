package cn.beijing.platform.common.openapi;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * Unique schema names. A class nested in another is named with its enclosing class
 * ({@code OriginalGameSupport.Input} → {@code OriginalGameSupportInput}): several policies nest an {@code Input} or a
 * {@code Decision}, and by simple name they would become one schema. Records nested in a controller or in a
 * {@code *Requests}/{@code *Responses}/{@code *Bodies}/{@code *Views} holder keep their simple name
 * ({@code CalculatorRequests.RentEvaluationRequest}). Two classes of the platform that would still share a name fail
 * the document's build, naming both, rather than silently becoming one schema.
 */
final class SchemaNames implements ModelConverter {

    private static final String PLATFORM = "cn.beijing.platform.";

    private final Map<String, Class<?>> named = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (type.getName() == null && raw.getName().startsWith(PLATFORM) && !raw.isEnum() && !raw.isArray()
                && !JsonNode.class.isAssignableFrom(raw)) {
            String name = name(raw);
            Class<?> earlier = named.putIfAbsent(name, raw);
            if (earlier != null && !earlier.equals(raw)) {
                throw new IllegalStateException("two classes would share the schema name " + name + ": "
                        + earlier.getName() + " and " + raw.getName());
            }
            if (raw.getEnclosingClass() != null) {
                type.name(name);
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }

    static String name(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        if (enclosing == null || enclosing.getSimpleName().matches(".*(Controller|Requests|Responses|Bodies|Views)")) {
            return type.getSimpleName();
        }
        return name(enclosing) + type.getSimpleName();
    }
}
