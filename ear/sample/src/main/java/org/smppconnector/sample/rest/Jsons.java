package org.smppconnector.sample.rest;

import jakarta.json.JsonObjectBuilder;

/** Small helpers for answers. */
final class Jsons {

    private Jsons() {
    }

    /** Adds the value as a string unless it is null: absent fields are left out, not null. */
    static void addIfPresent(JsonObjectBuilder json, String field, Object value) {
        if (value != null) {
            json.add(field, value.toString());
        }
    }
}
