package org.factdesk.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * JSON strings with a NUL character (U+0000) are refused while the body is read, naming the
 * field: PostgreSQL text cannot hold one, and it has no business in a claim or a source.
 */
@Singleton
public class StrictStrings implements ObjectMapperCustomizer {

    /** A string with a NUL in a request body. */
    public static class NulInText extends MismatchedInputException {
        NulInText(JsonParser parser) {
            super(parser, "NUL character in text");
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        SimpleModule module = new SimpleModule("factdesk-strict-strings");
        module.addDeserializer(String.class, new StdScalarDeserializer<String>(String.class) {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = StringDeserializer.instance.deserialize(parser, context);
                if (Inputs.hasNul(value)) {
                    throw new NulInText(parser);
                }
                return value;
            }
        });
        mapper.registerModule(module);
    }
}
