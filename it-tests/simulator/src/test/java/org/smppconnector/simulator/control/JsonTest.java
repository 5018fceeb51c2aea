package org.smppconnector.simulator.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.message.DeliveryState;

class JsonTest {
    @Test
    void writesValuesOfEveryKind() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", "a \"quoted\" \\ line\nnext\u0001");
        map.put("count", 3L);
        map.put("ratio", new BigDecimal("1.5"));
        map.put("on", true);
        map.put("none", null);
        map.put("state", DeliveryState.DELIVERED);
        map.put("at", Instant.parse("2026-01-02T03:04:05Z"));
        map.put("list", Arrays.asList(1, "two", null));
        assertEquals("{\"text\":\"a \\\"quoted\\\" \\\\ line\\nnext\\u0001\",\"count\":3,\"ratio\":1.5,\"on\":true,"
                + "\"none\":null,\"state\":\"DELIVERED\",\"at\":\"2026-01-02T03:04:05Z\",\"list\":[1,\"two\",null]}",
                Json.write(map));
    }

    @Test
    void readsWhatItWrites() {
        String text = "{\"a\":[1,-2.5e3,{\"b\":\"\\u00e9\\t\\/\"}],\"c\":false,\"d\":null,\"e\":\"Привет 😀\"}";
        Object parsed = Json.parse(text);
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("a", List.of(new BigDecimal("1"), new BigDecimal("-2.5e3"), Map.of("b", "é\t/")));
        expected.put("c", false);
        expected.put("d", null);
        expected.put("e", "Привет 😀");
        assertEquals(expected, parsed);
        assertEquals(parsed, Json.parse(Json.write(parsed)));
    }

    @Test
    void namesTheOffsetOfWhatIsNotJson() {
        assertTrue(assertThrows(Json.JsonException.class, () -> Json.parse("{\"a\":}")).getMessage()
                .endsWith("at offset 5"));
        assertThrows(Json.JsonException.class, () -> Json.parse("{\"a\":1,}"));
        assertThrows(Json.JsonException.class, () -> Json.parse("{\"a\":1} x"));
        assertThrows(Json.JsonException.class, () -> Json.parse("\"open"));
        assertThrows(Json.JsonException.class, () -> Json.parse("{a:1}"));
        assertThrows(Json.JsonException.class, () -> Json.parse("[1 2]"));
        assertThrows(Json.JsonException.class, () -> Json.parse("tru"));
        assertThrows(Json.JsonException.class, () -> Json.parse("1.2.3"));
        assertThrows(Json.JsonException.class, () -> Json.parse(""));
        assertTrue(assertThrows(Json.JsonException.class, () -> Json.parse("{\"a\":1,\"a\":2}")).getMessage()
                .contains("twice"));
        assertThrows(Json.JsonException.class, () -> Json.parse("[".repeat(100) + "]".repeat(100)));
    }

    @Test
    void requestFieldsAreTyped() {
        RequestFields fields = RequestFields.parse("{\"n\":5,\"s\":\"x\",\"b\":true,\"f\":1.5}");
        assertEquals(5, fields.optionalInt("n", 0, 0, 10));
        assertEquals("x", fields.string("s"));
        assertEquals(true, fields.optionalBoolean("b", false));
        assertEquals(7, fields.optionalInt("absent", 7, 0, 10));
        assertEquals("f", assertThrows(BadRequestException.class, () -> fields.optionalInt("f", 0, 0, 10)).field());
        assertEquals("n", assertThrows(BadRequestException.class, () -> fields.optionalInt("n", 0, 6, 10)).field());
        assertEquals("s", assertThrows(BadRequestException.class, () -> fields.optionalBoolean("s", false)).field());
        assertEquals("b", assertThrows(BadRequestException.class, () -> fields.string("b")).field());
        assertEquals("f", assertThrows(BadRequestException.class, () -> fields.allowOnly("n", "s", "b")).field());
    }
}
