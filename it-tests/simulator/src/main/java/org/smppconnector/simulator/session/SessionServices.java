package org.smppconnector.simulator.session;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

import org.smppconnector.simulator.account.AccountRegistry;
import org.smppconnector.simulator.delivery.DeliveryRouter;
import org.smppconnector.simulator.fault.Faults;
import org.smppconnector.simulator.message.MessageBook;
import org.smppconnector.simulator.profile.ProfileRules;
import org.smppconnector.simulator.record.Counters;
import org.smppconnector.simulator.record.Signal;

/** What every session of one simulator shares. */
public record SessionServices(
        ProfileRules rules,
        AccountRegistry accounts,
        Faults faults,
        Counters counters,
        Signal signal,
        SessionRegistry registry,
        DeliveryRouter router,
        SubmitHandler submits,
        MessageBook book,
        ScheduledExecutorService timer,
        ExecutorService workers,
        SessionSettings settings) {
}
