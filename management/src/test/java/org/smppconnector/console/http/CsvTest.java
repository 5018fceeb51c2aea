package org.smppconnector.console.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesWhatNeedsQuotingAndLeavesTheRest() {
        assertEquals("a,\"b,c\",\"say \"\"hi\"\"\",,\"two\nlines\"\r\n",
                Csv.row(Arrays.asList("a", "b,c", "say \"hi\"", null, "two\nlines")));
    }

    @Test
    void defusesFormulasButNotPhoneNumbers() {
        assertEquals("'=1+1", Csv.cell("=1+1"));
        assertEquals("'@SUM(A1)", Csv.cell("@SUM(A1)"));
        assertEquals("'+cmd", Csv.cell("+cmd"));
        assertEquals("'-2+3", Csv.cell("-2+3"));
        assertEquals("'+", Csv.cell("+"));
        assertEquals("+4512345678", Csv.cell("+4512345678"));
        assertEquals("-42", Csv.cell("-42"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"", Csv.cell("=HYPERLINK(\"x\",\"y\")"));
    }
}
