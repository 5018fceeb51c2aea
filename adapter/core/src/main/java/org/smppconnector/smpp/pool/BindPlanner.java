package org.smppconnector.smpp.pool;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.smppconnector.smpp.session.BindType;

/**
 * Works out which binds an account keeps, opens and closes when its settings change, and which
 * host each belongs to. Pure: no I/O, no threads, so every rule is testable on its own.
 *
 * <ul>
 *   <li>A bind is known by its group (system_type) and type: a group keeps as many of its
 *       existing binds of each type as it still wants (the oldest first), opens the missing ones
 *       and closes the rest. A group no longer configured closes all its binds.</li>
 *   <li>Binds are numbered from 0; a kept bind keeps its number, a new one takes the lowest free.</li>
 *   <li>Hosts: a kept bind stays on its host while that host is still configured. The others
 *       (new binds, binds of a host no longer listed) go to the host with the fewest binds,
 *       in the order the hosts are listed; then, while one host has two binds more than
 *       another, its newest bind moves over. So adding a host moves only as many binds as
 *       evening out needs, and a first plan alternates A, B, A, B.</li>
 *   <li>Never more binds than the session cap: the rest are left out (the settings' own
 *       validation already refuses that).</li>
 * </ul>
 */
final class BindPlanner {

    private static final BindType[] TYPE_ORDER = {BindType.TRANSMITTER, BindType.RECEIVER, BindType.TRANSCEIVER};

    private BindPlanner() {
    }

    /** A bind the account has now. */
    record Bind(int index, String systemType, BindType type, SmscAddress home) {
    }

    /** A bind the account should have; {@code isNew} when it is to be opened. */
    record Planned(int index, BindGroup group, BindType type, SmscAddress home, boolean isNew) {
    }

    /**
     * @param binds   every bind to keep up, by index
     * @param removed the indexes of the binds to close
     * @param leftOut binds configured beyond the session cap (not planned)
     */
    record Plan(List<Planned> binds, List<Integer> removed, int leftOut) {
    }

    static Plan plan(List<Bind> current, AccountSettings next) {
        int cap = next.sessionCap().orElse(Integer.MAX_VALUE);
        Map<String, Deque<Bind>> existing = new HashMap<>();
        current.stream().sorted(Comparator.comparingInt(Bind::index))
                .forEach(b -> existing.computeIfAbsent(key(b.systemType(), b.type()), k -> new ArrayDeque<>()).add(b));

        List<Draft> drafts = new ArrayList<>();
        int leftOut = 0;
        for (BindGroup group : next.bindGroups()) {
            int[] counts = {group.transmitters(), group.receivers(), group.transceivers()};
            for (int t = 0; t < TYPE_ORDER.length; t++) {
                Deque<Bind> same = existing.getOrDefault(key(group.systemType(), TYPE_ORDER[t]), new ArrayDeque<>());
                for (int i = 0; i < counts[t]; i++) {
                    if (drafts.size() >= cap) {
                        leftOut++;
                        continue;
                    }
                    Bind kept = same.pollFirst();
                    drafts.add(kept == null ? new Draft(-1, group, TYPE_ORDER[t], null, true)
                            : new Draft(kept.index(), group, TYPE_ORDER[t], kept.home(), false));
                }
            }
        }
        List<Integer> removed = new ArrayList<>();
        existing.values().forEach(left -> left.forEach(b -> removed.add(b.index())));
        removed.sort(null);

        numberNewBinds(drafts);
        placeOnHosts(drafts, next.hosts());
        List<Planned> binds = new ArrayList<>(drafts.size());
        drafts.stream().sorted(Comparator.comparingInt(d -> d.index))
                .forEach(d -> binds.add(new Planned(d.index, d.group, d.type, d.home, d.isNew)));
        return new Plan(List.copyOf(binds), List.copyOf(removed), leftOut);
    }

    private static String key(String systemType, BindType type) {
        return systemType + '\0' + type;
    }

    private static void numberNewBinds(List<Draft> drafts) {
        Set<Integer> used = new HashSet<>();
        drafts.stream().filter(d -> !d.isNew).forEach(d -> used.add(d.index));
        int next = 0;
        for (Draft d : drafts) {
            if (d.isNew) {
                while (used.contains(next)) {
                    next++;
                }
                d.index = next;
                used.add(next);
            }
        }
    }

    private static void placeOnHosts(List<Draft> drafts, List<SmscAddress> hosts) {
        Map<SmscAddress, List<Draft>> byHost = new LinkedHashMap<>();
        hosts.forEach(h -> byHost.put(h, new ArrayList<>()));
        List<Draft> homeless = new ArrayList<>();
        for (Draft d : drafts) {
            List<Draft> onHost = d.home == null ? null : byHost.get(d.home);
            if (onHost == null) {
                homeless.add(d);
            } else {
                onHost.add(d);
            }
        }
        homeless.sort(Comparator.comparingInt(d -> d.index));
        for (Draft d : homeless) {
            List<Draft> least = leastLoaded(byHost);
            d.home = homeOf(byHost, least);
            least.add(d);
        }
        for (;;) {
            List<Draft> most = mostLoaded(byHost);
            List<Draft> least = leastLoaded(byHost);
            if (most.size() - least.size() <= 1) {
                return;
            }
            Draft moving = most.stream().max(Comparator.comparingInt(d -> d.index)).orElseThrow();
            most.remove(moving);
            moving.home = homeOf(byHost, least);
            least.add(moving);
        }
    }

    private static List<Draft> leastLoaded(Map<SmscAddress, List<Draft>> byHost) {
        List<Draft> best = null;
        for (List<Draft> onHost : byHost.values()) {
            if (best == null || onHost.size() < best.size()) {
                best = onHost;
            }
        }
        return best;
    }

    private static List<Draft> mostLoaded(Map<SmscAddress, List<Draft>> byHost) {
        List<Draft> best = null;
        for (List<Draft> onHost : byHost.values()) {
            if (best == null || onHost.size() > best.size()) {
                best = onHost;
            }
        }
        return best;
    }

    private static SmscAddress homeOf(Map<SmscAddress, List<Draft>> byHost, List<Draft> list) {
        for (Map.Entry<SmscAddress, List<Draft>> e : byHost.entrySet()) {
            if (e.getValue() == list) {
                return e.getKey();
            }
        }
        throw new IllegalStateException("not a host's list");
    }

    /** A bind being planned; index and home are settled as planning goes. */
    private static final class Draft {
        int index;
        final BindGroup group;
        final BindType type;
        SmscAddress home;
        final boolean isNew;

        Draft(int index, BindGroup group, BindType type, SmscAddress home, boolean isNew) {
            this.index = index;
            this.group = group;
            this.type = type;
            this.home = home;
            this.isNew = isNew;
        }
    }
}
