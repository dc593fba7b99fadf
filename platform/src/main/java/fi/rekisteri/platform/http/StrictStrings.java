package fi.rekisteri.platform.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Refuses control characters (other than tab and line breaks) in every JSON string: they have no
 * place in a register, and PostgreSQL refuses NUL outright.
 */
@Singleton
public class StrictStrings implements ObjectMapperCustomizer {

  @Override
  public void customize(ObjectMapper mapper) {
    mapper.registerModule(
        new SimpleModule("strict-strings").addDeserializer(String.class, new Checked()));
  }

  static final class Checked extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String value = super.deserialize(parser, context);
      if (value != null) {
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
            throw context.weirdStringException(
                value, String.class, "control characters are not allowed");
          }
        }
      }
      return value;
    }
  }
}
