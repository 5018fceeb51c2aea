package org.smppconnector.ra.config;

import java.util.Objects;
import org.smppconnector.smpp.pool.BindGroup;

/**
 * A bind group with the name applications and activation specs use for it ({@code bindGroup}),
 * beside the core's group (which the SMSC knows by its system_type).
 */
public record NamedBindGroup(String name, BindGroup group) {

    public NamedBindGroup {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(group, "group");
    }
}
