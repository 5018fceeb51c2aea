package org.smppconnector.simulator.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.smppconnector.simulator.delivery.ChannelDirectory;
import org.smppconnector.simulator.delivery.DeliveryChannel;
import org.smppconnector.simulator.fault.RateWindow;

/**
 * The sessions: open ones by id, bound ones by account (in bind order), session caps, and
 * the history of recent sessions whose records tests read after they closed.
 */
public final class SessionRegistry implements ChannelDirectory {
    private final Map<String, ServerSession> open = new ConcurrentHashMap<>();
    private final Map<String, AccountSessions> accounts = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<ServerSession> history = new ConcurrentLinkedDeque<>();
    private final AtomicInteger historySize = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicLong bindOrders = new AtomicLong();
    private final int historyCapacity;

    private static final class AccountSessions {
        final List<ServerSession> bound = new CopyOnWriteArrayList<>();
        final RateWindow rate = new RateWindow();
        int reserved;
    }

    public SessionRegistry(int historyCapacity) {
        this.historyCapacity = historyCapacity;
    }

    String nextId() {
        return "s" + ids.incrementAndGet();
    }

    void opened(ServerSession session) {
        open.put(session.id(), session);
        history.addLast(session);
        if (historySize.incrementAndGet() > historyCapacity && history.pollFirst() != null) {
            historySize.decrementAndGet();
        }
    }

    /** Takes one of the account's session slots; false when the cap (0 = none) is reached. */
    boolean reserve(String systemId, int cap) {
        AccountSessions sessions = account(systemId);
        synchronized (sessions) {
            if (cap > 0 && sessions.reserved >= cap) {
                return false;
            }
            sessions.reserved++;
            return true;
        }
    }

    void release(String systemId) {
        AccountSessions sessions = account(systemId);
        synchronized (sessions) {
            sessions.reserved--;
        }
    }

    /** Records a completed bind and returns its order among all binds. */
    long bound(ServerSession session) {
        long order = bindOrders.incrementAndGet();
        account(session.systemId()).bound.add(session);
        return order;
    }

    void closed(ServerSession session) {
        open.remove(session.id());
        if (session.systemId() != null) {
            account(session.systemId()).bound.remove(session);
        }
    }

    RateWindow rate(String systemId) {
        return account(systemId).rate;
    }

    @Override
    public List<DeliveryChannel> receiving(String systemId) {
        AccountSessions sessions = accounts.get(systemId);
        if (sessions == null) {
            return List.of();
        }
        List<DeliveryChannel> list = new ArrayList<>(sessions.bound.size());
        for (ServerSession session : sessions.bound) {
            if (session.canReceive()) {
                list.add(session);
            }
        }
        return list;
    }

    @Override
    public DeliveryChannel find(String sessionId) {
        return open.get(sessionId);
    }

    /** The open sessions. */
    public List<ServerSession> open() {
        return new ArrayList<>(open.values());
    }

    /** Recent sessions, open or closed, oldest first. */
    public List<ServerSession> history() {
        return new ArrayList<>(history);
    }

    /** The open sessions as delivery channels, for the router's sweep. */
    public List<DeliveryChannel> channels() {
        return new ArrayList<>(open.values());
    }

    private AccountSessions account(String systemId) {
        return accounts.computeIfAbsent(systemId, id -> new AccountSessions());
    }
}
