package cn.beijing.platform.common.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * {@link InputRules} for JSON request bodies: every text, number and date a body carries is checked while it is read,
 * whatever record, list or map it lands in, and a value that breaks a rule is refused as
 * {@link RefusedInputException} with its JSON path (422). The standard deserializers still do the reading; these
 * wrap them. Non-numeric numbers ({@code NaN}, {@code Infinity}) are read so that they can be refused by field.
 */
public final class InputRulesModule extends SimpleModule {

    private static final BigInteger TWELVE_DIGITS = BigInteger.TEN.pow(InputRules.MAX_INTEGER_DIGITS)
            .subtract(BigInteger.ONE);

    public InputRulesModule() {
        super("platform-input-rules");
        setDeserializerModifier(new Wrapping());
    }

    /** The mapper of request bodies: the application's, with the input rules. */
    public static JsonMapper requestMapper(JsonMapper application) {
        JsonMapper.Builder builder = application.rebuild().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)   // a JSON tree keeps 1e2000000 to refuse
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)   // 1 is not the second constant of a list of values
                .addModule(new InputRulesModule());
        // an empty or blank text ("", "\u0000") for a yes/no or a number is refused, not read as false or 0
        for (LogicalType scalar : List.of(LogicalType.Boolean, LogicalType.Integer, LogicalType.Float)) {
            builder.withCoercionConfig(scalar, coercion -> coercion.setAcceptBlankAsEmpty(false)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail));
        }
        // a number for a yes/no is refused, not read as true (any number but 0)
        builder.withCoercionConfig(LogicalType.Boolean,
                coercion -> coercion.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
        return builder.build();
    }

    private static final class Wrapping extends ValueDeserializerModifier {

        @Override
        public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
                                                       ValueDeserializer<?> deserializer) {
            Class<?> type = bean.getType().getRawClass();
            if (type == String.class) {
                return new BoundedText(deserializer, false);
            }
            if (type == Boolean.class || type == boolean.class) {
                return new YesNo(deserializer);
            }
            if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                    || type == float.class) {
                return new BoundedDecimal(deserializer);
            }
            if (type == Integer.class || type == int.class) {
                return new BoundedWhole(deserializer, BigInteger.valueOf(Integer.MIN_VALUE),
                        BigInteger.valueOf(Integer.MAX_VALUE));
            }
            if (type == Long.class || type == long.class) {
                return new BoundedWhole(deserializer, BigInteger.valueOf(Long.MIN_VALUE),
                        BigInteger.valueOf(Long.MAX_VALUE));
            }
            if (type == Short.class || type == short.class) {
                return new BoundedWhole(deserializer, BigInteger.valueOf(Short.MIN_VALUE),
                        BigInteger.valueOf(Short.MAX_VALUE));
            }
            if (type == BigInteger.class) {
                return new BoundedWhole(deserializer, TWELVE_DIGITS.negate(), TWELVE_DIGITS);
            }
            if (type == LocalDate.class) {
                return new BoundedDate(deserializer);
            }
            return deserializer;
        }
    }

    private static RefusedInputException refused(JsonParser p, String rule, Class<?> type) {
        return new RefusedInputException(p, rule, type);
    }

    /**
     * The text {@code "null"} where a yes/no or a number is asked for is refused (400 naming the field), not read as
     * the fact left out (Jackson's "textual null"): a client sending it has a bug worth telling it about.
     */
    private static void refuseTextualNull(JsonParser p, DeserializationContext ctxt, Class<?> type) {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getString().strip().equalsIgnoreCase("null")) {
            ctxt.reportInputMismatch(type, "the text \"null\" is not a value: leave the property out");
        }
    }

    /** Yes/no: {@code true} or {@code false} (or their text), never the text "null". */
    static final class YesNo extends DelegatingDeserializer {

        YesNo(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new YesNo(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            refuseTextualNull(p, ctxt, handledType());
            return _delegatee.deserialize(p, ctxt);
        }
    }

    /** Texts: length and characters; a {@link FreeText} property may hold line breaks and tabs. */
    static final class BoundedText extends DelegatingDeserializer {

        private final boolean freeText;

        BoundedText(ValueDeserializer<?> delegate, boolean freeText) {
            super(delegate);
            this.freeText = freeText;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new BoundedText(delegate, freeText);
        }

        @Override
        public ValueDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
            ValueDeserializer<?> contextual = super.createContextual(ctxt, property);
            boolean free = property != null && property.getAnnotation(FreeText.class) != null;
            if (free != freeText && contextual instanceof BoundedText text) {
                return new BoundedText(text._delegatee, free);
            }
            return contextual;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && p.isNaN()) {
                return ctxt.handleUnexpectedToken(String.class, p);
            }
            Object value = _delegatee.deserialize(p, ctxt);
            if (value instanceof String text) {
                Optional<String> problem = InputRules.text(text, freeText, InputRules.MAX_TEXT);
                if (problem.isPresent()) {
                    throw refused(p, problem.get(), String.class);
                }
            }
            return value;
        }
    }

    /** Decimal numbers (BigDecimal, double, float): checked before the number is built or used. */
    static final class BoundedDecimal extends DelegatingDeserializer {

        BoundedDecimal(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new BoundedDecimal(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            Class<?> type = handledType();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                if (p.isNaN()) {
                    throw refused(p, InputRules.DECIMAL_RULE, type);
                }
                Optional<String> problem = InputRules.decimal(p.getDecimalValue());
                if (problem.isPresent()) {
                    throw refused(p, problem.get(), type);
                }
            } else if (token == JsonToken.VALUE_STRING) {
                refuseTextualNull(p, ctxt, type);
                String text = p.getString();
                if (InputRules.nonFinite(text) || text.length() > 100) {
                    throw refused(p, InputRules.DECIMAL_RULE, type);
                }
            }
            Object value = _delegatee.deserialize(p, ctxt);
            Optional<String> problem = Optional.empty();
            if (value instanceof BigDecimal d) {
                problem = InputRules.decimal(d);
            } else if (value instanceof Double d) {
                problem = d.isInfinite() || d.isNaN() ? Optional.of(InputRules.DECIMAL_RULE)
                        : InputRules.decimal(BigDecimal.valueOf(d));
            } else if (value instanceof Float f) {
                problem = f.isInfinite() || f.isNaN() ? Optional.of(InputRules.DECIMAL_RULE)
                        : InputRules.decimal(new BigDecimal(f.toString()));
            }
            if (problem.isPresent()) {
                throw refused(p, problem.get(), type);
            }
            return value;
        }
    }

    /** Whole numbers: integral and inside their type's range; a fraction is refused, never truncated. */
    static final class BoundedWhole extends DelegatingDeserializer {

        private final BigInteger min;
        private final BigInteger max;

        BoundedWhole(ValueDeserializer<?> delegate, BigInteger min, BigInteger max) {
            super(delegate);
            this.min = min;
            this.max = max;
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new BoundedWhole(delegate, min, max);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                Optional<String> problem = p.isNaN() ? Optional.of("must be a whole number")
                        : InputRules.whole(p.getDecimalValue(), min, max);
                if (problem.isPresent()) {
                    throw refused(p, problem.get(), handledType());
                }
            }
            refuseTextualNull(p, ctxt, handledType());
            return _delegatee.deserialize(p, ctxt);
        }
    }

    /** Dates: inside the platform's date range. */
    static final class BoundedDate extends DelegatingDeserializer {

        BoundedDate(ValueDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
            return new BoundedDate(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) {
            Object value = _delegatee.deserialize(p, ctxt);
            if (value instanceof LocalDate date) {
                Optional<String> problem = InputRules.date(date);
                if (problem.isPresent()) {
                    throw refused(p, problem.get(), LocalDate.class);
                }
            }
            return value;
        }
    }
}
