package org.smppconnector.it.micro;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Empties Payara Micro's root directory (target/payara-root) and the shared store
 * (target/store) before Payara starts: Payara keeps its domain.xml in its root, and the
 * post-boot commands of a former run (the RAR deployed, the pools created) would fail as
 * duplicates; the store keeps the accounts a former run seeded, with that run's reserved ports,
 * and its accounts would win over the new pools' properties. Also creates the temporary
 * directory under target/.
 */
public final class FreshPayaraRoot implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        ExtensionContext.Store root = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        if (root.get(FreshPayaraRoot.class) != null) {
            return;
        }
        empty(Path.of(System.getProperty("it.payara.root")));
        empty(Path.of(System.getProperty("it.store.dir")));
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        root.put(FreshPayaraRoot.class, this);
    }

    private static void empty(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
                for (Path path : all) {
                    Files.delete(path);
                }
            }
        }
    }
}
