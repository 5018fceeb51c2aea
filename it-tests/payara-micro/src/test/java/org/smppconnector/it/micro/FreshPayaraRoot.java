package org.smppconnector.it.micro;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Empties Payara Micro's root directory (target/payara-root) before it starts: Payara keeps its
 * domain.xml there, and the post-boot commands of a former run (the RAR deployed, the pools
 * created) would fail as duplicates. Also creates the temporary directory under target/.
 */
public final class FreshPayaraRoot implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        ExtensionContext.Store root = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        if (root.get(FreshPayaraRoot.class) != null) {
            return;
        }
        Path payaraRoot = Path.of(System.getProperty("it.payara.root"));
        if (Files.exists(payaraRoot)) {
            try (var paths = Files.walk(payaraRoot)) {
                List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
                for (Path path : all) {
                    Files.delete(path);
                }
            }
        }
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        root.put(FreshPayaraRoot.class, this);
    }
}
