package org.smppconnector.ra.inbound;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.Activation;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.ConfigProperty;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;
import java.io.Serializable;
import org.smppconnector.api.inbound.InboundMessageListener;
import org.smppconnector.api.inbound.ReceiptListener;
import org.smppconnector.api.inbound.SmppMessageListener;

/**
 * What a message-driven bean receives: the deliver_sm of an account and bind group (both
 * optional: unset means every account, every group), of the kinds its listener interface takes
 * ({@link ReceiptListener}, {@link InboundMessageListener}, or both in {@link SmppMessageListener}).
 *
 * <pre>{@code
 * @MessageDriven(activationConfig = {
 *     @ActivationConfigProperty(propertyName = "account", propertyValue = "acme"),
 *     @ActivationConfigProperty(propertyName = "bindGroup", propertyValue = "default"),
 *     @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "smpp-connector")
 * })
 * public class Receipts implements ReceiptListener { ... }
 * }</pre>
 *
 * An activation for an account not registered yet (no connection factory configured it so far)
 * waits for it: deliveries start once the account's binds are up.
 */
@Activation(messageListeners = {ReceiptListener.class, InboundMessageListener.class, SmppMessageListener.class})
public class SmppActivationSpec implements ActivationSpec, Serializable {

    private static final long serialVersionUID = 1L;

    private String account;
    private String bindGroup;
    private transient ResourceAdapter resourceAdapter;

    /** The account whose deliver_sm the bean receives; unset (or empty) for every account's. */
    @ConfigProperty(description = "The account whose deliver_sm the bean receives; empty for every account's")
    public void setAccount(String account) {
        this.account = blankToNull(account);
    }

    public String getAccount() {
        return account;
    }

    /**
     * The bind group whose receiving binds the bean receives from (a group name of the account's
     * {@code bindGroups}, "default" for the transmitters / receivers / transceivers one); unset
     * for every group.
     */
    @ConfigProperty(description = "The bind group whose receiving binds the bean receives from; empty for every group")
    public void setBindGroup(String bindGroup) {
        this.bindGroup = blankToNull(bindGroup);
    }

    public String getBindGroup() {
        return bindGroup;
    }

    /** Both properties are optional; a bind group needs no account, though it is usually given with one. */
    @Override
    public void validate() throws InvalidPropertyException {
        if (account != null && account.strip().length() != account.length()) {
            throw new InvalidPropertyException("account has leading or trailing spaces: \"" + account + "\"");
        }
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) throws ResourceException {
        this.resourceAdapter = resourceAdapter;
    }

    /** Whether a deliver_sm of this account and group is for the bean. */
    boolean matches(String deliveredAccount, String deliveredGroup) {
        return (account == null || account.equals(deliveredAccount))
                && (bindGroup == null || bindGroup.equals(deliveredGroup));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Override
    public String toString() {
        return "SmppActivationSpec[account=" + (account == null ? "*" : account)
                + ", bindGroup=" + (bindGroup == null ? "*" : bindGroup) + "]";
    }
}
