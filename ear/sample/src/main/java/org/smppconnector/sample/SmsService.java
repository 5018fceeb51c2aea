package org.smppconnector.sample;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.resource.ResourceException;
import java.util.concurrent.Semaphore;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.smppconnector.api.SmppConnection;
import org.smppconnector.api.SmppConnectionFactory;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.api.SubmitResult;

/**
 * Sends SMS through the connector: what an application's own sender bean looks like. The
 * factory is the connector resource {@code jca/smpp}, created by the deployer for one account
 * (on Payara Micro by the post-boot command file, on Payara Server with asadmin); other
 * accounts the resource adapter knows are reached by name.
 *
 * <p>The factory is looked up when first needed rather than injected with
 * {@code @Resource(lookup = "jca/smpp")}, which is what an application would normally write and
 * what works beside a standalone RAR. Inside the EAR, Payara Server refuses that: it checks an
 * injected resource at deployment, before the deployer can have created it (its pool needs the
 * EAR's adapter, which exists only once the EAR is deployed), and it classifies the reference
 * differently in the WAR's web and EJB parts ("Naming binding already exists").
 *
 * <p>Not transactional: a message sent stays sent when a caller's transaction rolls back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsService {

    /** The JNDI name of the connector resource the sample sends through. */
    public static final String FACTORY = "jca/smpp";

    private SmppConnectionFactory factory;

    /**
     * Sends the message and waits for the SMSC to accept every part.
     *
     * @param account the account to send on; null for the factory's own
     * @return the account it went out on, and the message id of each part
     * @throws ResourceException the connector's {@link org.smppconnector.api.SmppResourceException}
     *     saying what failed (an invalid message, no bind, a refusal...), or the container's
     *     failure to allocate a connection
     */
    public Sent send(String account, SmsMessage message) throws ResourceException {
        try (SmppConnection connection = connect(account)) {
            return new Sent(connection.account(), connection.submit(message));
        }
    }

    /** A message the SMSC accepted: on which account, and the message id of each part. */
    public record Sent(String account, SubmitResult result) {
    }

    /**
     * Sends the same message {@code count} times without waiting for each answer, at most
     * {@code inFlight} unanswered at once, and returns once every answer came: a bulk sender,
     * and the benchmark's way in.
     *
     * @throws InterruptedException the caller was interrupted while waiting; the sends already
     *     made carry on
     */
    public BatchResult sendBatch(String account, SmsMessage message, int count, int inFlight)
            throws ResourceException, InterruptedException {
        if (count < 1 || inFlight < 1) {
            throw new IllegalArgumentException("count and inFlight must be at least 1");
        }
        Semaphore window = new Semaphore(inFlight);
        AtomicLong failed = new AtomicLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        long start = System.nanoTime();
        try (SmppConnection connection = connect(account)) {
            for (int i = 0; i < count; i++) {
                window.acquire();
                connection.submitAsync(message).whenComplete((result, failure) -> {
                    if (failure != null) {
                        failed.incrementAndGet();
                        firstFailure.compareAndSet(null, String.valueOf(failure.getMessage()));
                    }
                    window.release();
                });
            }
            window.acquire(inFlight);
        }
        return new BatchResult(count, failed.get(), firstFailure.get(), System.nanoTime() - start);
    }

    private SmppConnection connect(String account) throws ResourceException {
        SmppConnectionFactory connections = factory();
        return account == null ? connections.getConnection() : connections.getConnection(account);
    }

    private SmppConnectionFactory factory() throws ResourceException {
        if (factory == null) {
            try {
                factory = InitialContext.doLookup(FACTORY);
            } catch (NamingException e) {
                throw new ResourceException("the connector resource " + FACTORY
                        + " is not configured: create it on the resource adapter (see README)", e);
            }
        }
        return factory;
    }

    /**
     * What a batch did.
     *
     * @param firstFailure the message of the first failure, or null when none failed
     */
    public record BatchResult(long count, long failed, String firstFailure, long nanos) {

        public double messagesPerSecond() {
            return nanos == 0 ? 0 : count * 1e9 / nanos;
        }
    }
}
