package org.smppconnector.it.micro;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smppconnector.it.micro.app.FlakyReceiptBean;
import org.smppconnector.it.micro.app.UndeployAdapterServlet;

/**
 * The whole suite on ONE Payara Micro: Arquillian's Payara Micro container starts a Payara
 * process per deployment (about 6 s each), so every group of tests is a nested class of this
 * one deployment. The simulators start first ({@link Simulators} is registered before
 * Arquillian); the post-boot command file deploys the standalone RAR and creates one pool per
 * account; Arquillian then deploys the sample WAR, plus a test-only MDB and a test-only servlet
 * that undeploys the RAR, at "/" (its payara-web.xml says so).
 *
 * <p>The adapter runs with the shared store (an H2 file under target/store, set by the post-boot
 * file), which {@link FullStack} opens too with the management console in this JVM.
 *
 * <p>The groups run in order, {@link Undeploying} last: it undeploys the RAR while Payara Micro
 * keeps running, which stops the resource adapter, and checks that every bind was closed with an
 * unbind.
 */
@ExtendWith({FreshPayaraRoot.class, Simulators.class, ArquillianExtension.class})
@RunAsClient
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class PayaraMicroIT {

    @Deployment(testable = false)
    static WebArchive sample() {
        File war = new File(System.getProperty("it.deploy.dir"), "smpp-sample.war");
        WebArchive archive = ShrinkWrap.create(ZipImporter.class, "smpp-sample.war").importFrom(war)
                .as(WebArchive.class);
        archive.delete("WEB-INF/glassfish-ejb-jar.xml");
        return archive.addClasses(FlakyReceiptBean.class, UndeployAdapterServlet.class)
                .addAsWebInfResource("deployment/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml");
    }

    @Nested
    @Order(1)
    class Sending extends SendingTests {
    }

    @Nested
    @Order(2)
    class Receiving extends ReceivingTests {
    }

    @Nested
    @Order(3)
    class Redelivering extends RedeliveryTests {
    }

    @Nested
    @Order(4)
    class Reconnecting extends ReconnectTests {
    }

    @Nested
    @Order(5)
    class FullStack extends FullStackTests {
    }

    @Nested
    @Order(Integer.MAX_VALUE)
    class Undeploying extends UndeployTests {
    }
}
