package org.smppconnector.smpp.pool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BindSelectorTest {

    /** A bind whose state the test sets. */
    static final class FakeBind implements TransmitChannel {
        final String name;
        final String host;
        boolean bound = true;
        int free;

        FakeBind(String name, String host, int free) {
            this.name = name;
            this.host = host;
            this.free = free;
        }

        @Override
        public boolean isBound() {
            return bound;
        }

        @Override
        public int freeSlots() {
            return free;
        }

        @Override
        public String host() {
            return host;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    @Test
    void picksTheBindWithTheMostRoom() {
        FakeBind a = new FakeBind("a", "h1", 3);
        FakeBind b = new FakeBind("b", "h1", 9);
        FakeBind c = new FakeBind("c", "h2", 5);
        BindSelector<FakeBind> selector = BindSelector.over(List.of(a, b, c));
        for (int i = 0; i < 10; i++) {
            assertSame(b, selector.select());
        }
    }

    @Test
    void skipsBindsThatAreNotBound() {
        FakeBind a = new FakeBind("a", "h1", 3);
        FakeBind b = new FakeBind("b", "h1", 9);
        b.bound = false;
        BindSelector<FakeBind> selector = BindSelector.over(List.of(a, b));
        assertSame(a, selector.select());
        a.bound = false;
        assertNull(selector.select(), "nothing bound");
        assertNull(BindSelector.over(List.<FakeBind>of()).select());
    }

    @Test
    void equalBindsTakeTurnsAlternatingHosts() {
        FakeBind a1 = new FakeBind("a1", "a", 4);
        FakeBind a2 = new FakeBind("a2", "a", 4);
        FakeBind b1 = new FakeBind("b1", "b", 4);
        FakeBind b2 = new FakeBind("b2", "b", 4);
        BindSelector<FakeBind> selector = BindSelector.over(List.of(a1, a2, b1, b2));
        assertEquals(List.of(a1, b1, a2, b2), selector.channels());

        List<String> hosts = new ArrayList<>();
        Map<FakeBind, Integer> picks = new HashMap<>();
        for (int i = 0; i < 8; i++) {
            FakeBind picked = selector.select();
            hosts.add(picked.host);
            picks.merge(picked, 1, Integer::sum);
        }
        assertEquals(List.of("a", "b", "a", "b", "a", "b", "a", "b"), hosts);
        assertEquals(Map.of(a1, 2, a2, 2, b1, 2, b2, 2), picks);
    }

    @Test
    void whenAllAreFullOneIsStillOfferedToWaitOn() {
        FakeBind a = new FakeBind("a", "h1", 0);
        FakeBind b = new FakeBind("b", "h2", 0);
        BindSelector<FakeBind> selector = BindSelector.over(List.of(a, b));
        assertEquals(List.of(a, b), List.of(selector.select(), selector.select()));
    }

    @Test
    void followsWindowsAsTheyFillAndEmpty() {
        FakeBind a = new FakeBind("a", "h1", 2);
        FakeBind b = new FakeBind("b", "h2", 1);
        BindSelector<FakeBind> selector = BindSelector.over(List.of(a, b));
        assertSame(a, selector.select());
        a.free = 0;
        assertSame(b, selector.select());
    }
}
