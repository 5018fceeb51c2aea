package org.smppconnector.smpp.pool;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.smppconnector.smpp.session.RetryTable;
import org.smppconnector.smpp.session.Window;

/** The checks {@link AccountSettings.Builder#build()} runs, each naming its field. */
final class AccountValidation {

    private final AccountSettings.Builder b;

    AccountValidation(AccountSettings.Builder builder) {
        this.b = builder;
    }

    void check() {
        if (b.name() == null || b.name().isBlank()) {
            fail("name", "must not be blank");
        }
        if (b.hosts().isEmpty()) {
            fail("hosts", "at least one SMSC host is needed");
        }
        if (new HashSet<>(b.hosts()).size() != b.hosts().size()) {
            fail("hosts", "a host and port appears twice: " + b.hosts());
        }
        if (b.preset().requiresTls() && !b.tls().enabled()) {
            fail("tls", b.preset().displayName() + " accepts TLS connections only");
        }
        if (b.credentials() == null) {
            fail("credentials", "system_id and password must be given");
        }
        checkBindGroups();
        between("windowSize", b.windowSize(), 1, Window.MAX_SIZE);
        positive("responseTimeout", b.responseTimeout());
        if (b.windowWait() == null || b.windowWait().isNegative()) {
            fail("windowWait", "must be zero or more: " + b.windowWait());
        }
        if (b.tpsLimit() != null) {
            between("tpsLimit", b.tpsLimit(), 1, 1_000_000_000);
        }
        between("tpsBurst", b.tpsBurst(), 1, 1_000_000);
        between("failoverAfter", b.failoverAfter(), 1, 1_000);
        checkDataCodings();
        if (!b.supportedOperations().contains(SmppOperation.SUBMIT_SM)
                && !b.supportedOperations().contains(SmppOperation.DATA_SM)) {
            fail("supportedOperations", "needs submit_sm or data_sm to send at all");
        }
        if (b.maxValidity() != null) {
            positive("maxValidity", b.maxValidity());
        }
        try {
            new RetryTable(b.retryRules());
        } catch (IllegalArgumentException e) {
            fail("retryRules", e.getMessage().replaceFirst("^retryRules: ", ""));
        }
    }

    private void checkBindGroups() {
        List<BindGroup> groups = b.bindGroups();
        if (groups.isEmpty()) {
            fail("bindGroups", "at least one bind group is needed");
        }
        Set<String> systemTypes = new HashSet<>();
        int binds = 0;
        for (int i = 0; i < groups.size(); i++) {
            BindGroup group = groups.get(i);
            if (!systemTypes.add(group.systemType())) {
                fail("bindGroups[" + i + "].systemType",
                        "system_type \"" + group.systemType() + "\" is already another group's");
            }
            binds += group.binds();
        }
        if (b.sessionCap() != null) {
            between("sessionCap", b.sessionCap(), 1, 10_000);
            if (binds > b.sessionCap()) {
                fail("bindGroups", binds + " binds exceed the session cap of " + b.sessionCap());
            }
        }
    }

    private void checkDataCodings() {
        if (b.allowedDataCodings().isEmpty()) {
            fail("allowedDataCodings", "at least one data_coding is needed");
        }
        for (int dcs : b.allowedDataCodings()) {
            between("allowedDataCodings", dcs, 0, 255);
        }
        if (!b.smscDefaultAlphabet().isText()) {
            fail("smscDefaultAlphabet", "data_coding 0 is a text alphabet, not " + b.smscDefaultAlphabet());
        }
        Set<Integer> multipart = b.segmentation().multipartDataCodings();
        if (!b.allowedDataCodings().containsAll(multipart)) {
            fail("segmentation.multipartDataCodings", multipart + " includes data codings not allowed: "
                    + b.allowedDataCodings());
        }
    }

    private static void between(String field, int value, int min, int max) {
        if (value < min || value > max) {
            fail(field, "must be " + min + ".." + max + ": " + value);
        }
    }

    private static void positive(String field, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            fail(field, "must be positive: " + value);
        }
    }

    private static void fail(String field, String problem) {
        throw new InvalidSettingException(field, problem);
    }
}
