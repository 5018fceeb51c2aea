package org.smppconnector.ra.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.resource.spi.ConfigProperty;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smppconnector.api.InvalidMessageException;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.ProviderPreset;

/**
 * The connection definition's properties as Payara (GlassFish) sets them. Its annotation handler
 * turns each {@code @ConfigProperty} setter into a property named after the setter
 * ("setProvider": "Provider") holding the annotation's defaultValue; the pool's properties keep
 * the deployer's spelling ("provider"); names are compared case-sensitively, so both stay, and
 * the container sets every non-empty one, in hash order. Whatever that order, the deployer's
 * value must be the one the account runs with.
 */
class ContainerPropertiesTest {

    private static final String LONG_CYRILLIC = "Съешь же ещё этих мягких французских булок, да выпей чаю. ".repeat(3).trim();

    /** The pool's properties of a BulkSMS account, as in the post-boot command file of the sample. */
    private static final Map<String, String> DEPLOYER = new LinkedHashMap<>(Map.of("account", "bulksms",
            "provider", "bulksms", "hosts", "127.0.0.1:2775", "systemId", "bulksms", "password", "secret"));

    @Test
    void theDeployersProviderWinsInWhicheverOrderTheContainerSetsTheAnnotationsDefaults() throws Exception {
        for (boolean defaultsLast : new boolean[] {false, true}) {
            List<Map.Entry<String, String>> properties = new ArrayList<>(DEPLOYER.entrySet());
            if (defaultsLast) {
                properties.addAll(annotationDefaults().entrySet());
            } else {
                properties.addAll(0, annotationDefaults().entrySet());
            }
            SmppManagedConnectionFactory mcf = new SmppManagedConnectionFactory();
            for (Map.Entry<String, String> property : properties) {
                set(mcf, property.getKey(), property.getValue());
            }

            AccountSettings settings = mcf.properties().toDefinition().settings();
            String order = defaultsLast ? "defaults set last" : "defaults set first";
            assertEquals(ProviderPreset.BULKSMS, settings.preset(), order);
            // ... so a long UCS-2 text, which BulkSMS cannot take in parts, is refused before sending
            InvalidMessageException refused = assertThrows(InvalidMessageException.class, () -> new SubmitMapping(settings)
                    .plan(SmsMessage.builder().destination("+4512345678").text(LONG_CYRILLIC).build(), Instant.now()),
                    order);
            assertEquals(InvalidMessageException.TEXT, refused.field(), order);
        }
    }

    /** What the annotation handler makes of the setters: "Name" = defaultValue, the empty ones left out. */
    private static Map<String, String> annotationDefaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (Method method : SmppManagedConnectionFactory.class.getMethods()) {
            ConfigProperty annotation = method.getAnnotation(ConfigProperty.class);
            if (annotation != null && !annotation.defaultValue().isEmpty()) {
                defaults.put(method.getName().substring(3), annotation.defaultValue());
            }
        }
        return defaults;
    }

    /** The container's setter call: "set" + the name with its first letter in upper case. */
    private static void set(SmppManagedConnectionFactory mcf, String name, String value) throws Exception {
        String setter = "set" + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
        for (Method method : SmppManagedConnectionFactory.class.getMethods()) {
            if (method.getName().equals(setter) && method.getParameterCount() == 1) {
                Class<?> type = method.getParameterTypes()[0];
                method.invoke(mcf, type == Integer.class ? Integer.valueOf(value)
                        : type == Boolean.class ? Boolean.valueOf(value) : value);
                return;
            }
        }
        throw new AssertionError("no setter " + setter);
    }
}
