package org.standfirst.render.cite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.standfirst.render.cite.Pieces.commentary;
import static org.standfirst.render.cite.Pieces.report;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RisTest {

    @Test
    void writesACommentaryAsAnElectronicSourceWithOneLinePerAuthorAndKeyword() {
        assertThat(Ris.entry(commentary("Amira Haddad", "Ludwig van Beethoven", "Meridian Institute"))).isEqualTo("""
                TY  - ELEC
                AU  - Haddad, Amira
                AU  - van Beethoven, Ludwig
                AU  - Meridian Institute
                TI  - The Vienna Agreement: Verification and Sanctions
                PY  - 2015
                DA  - 2015/07/21/
                PB  - Meridian Institute
                UR  - https://meridian.example/commentary/vienna-agreement/
                AB  - What the deal verifies, and what happens when it fails.
                KW  - Iran
                KW  - nuclear
                LA  - en-GB
                ER  - \n""");
    }

    @Test
    void writesAReportAsRprt() {
        assertThat(Ris.entry(report("Sanctions after Vienna", "Martin Luther King Jr."))).isEqualTo("""
                TY  - RPRT
                AU  - King, Martin Luther, Jr.
                TI  - Sanctions after Vienna
                PY  - 2015
                DA  - 2015/07/21/
                PB  - Meridian Institute
                UR  - https://meridian.example/commentary/vienna-agreement/
                LA  - en-GB
                ER  - \n""");
    }

    @Test
    void keepsEachValueOnOneLineAndLeavesOutEmptyOnes() {
        CitationInput input = new CitationInput(List.of(" ", "محمد علی"), "Vienna,\nafter the deal", "Commentary",
                false, "", LocalDate.of(2015, 1, 2), "", "One.\r\n\r\nTwo.", List.of("", "Iran\nnuclear"), "", "v");
        assertThat(Ris.entry(input)).isEqualTo("""
                TY  - ELEC
                AU  - علی, محمد
                TI  - Vienna, after the deal
                PY  - 2015
                DA  - 2015/01/02/
                AB  - One. Two.
                KW  - Iran nuclear
                ER  - \n""");
    }

    @Test
    void startsEveryLineWithATwoLetterTagTwoSpacesAndAHyphen() {
        String ris = Ris.entry(commentary("Amira Haddad"));
        assertThat(ris).endsWith("\nER  - \n").doesNotContain("\r");
        assertThat(List.of(ris.split("\n"))).hasSize(12).allMatch(line -> line.matches("[A-Z][A-Z0-9]  - .*"));
    }
}
