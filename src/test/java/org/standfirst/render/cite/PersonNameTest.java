package org.standfirst.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

    @ParameterizedTest(name = "\"{0}\" → family \"{1}\", given \"{2}\", suffix \"{3}\"")
    @CsvSource(delimiter = '|', value = {
        "Amira Haddad            | Haddad        | Amira          |",
        "Ludwig van Beethoven    | van Beethoven | Ludwig         |",
        "Jan de la Cruz          | de la Cruz    | Jan            |",
        "Charles de Gaulle       | de Gaulle     | Charles        |",
        "Osama bin Laden         | bin Laden     | Osama          |",
        "de Gaulle               | de Gaulle     |                |",
        "Martin Van Buren        | Buren         | Martin Van     |",
        "Jean-Luc Picard         | Picard        | Jean-Luc       |",
        "Mary Anne Smith         | Smith         | Mary Anne      |",
        "Plato                   | Plato         |                |",
        "'  Amira   Haddad  '    | Haddad        | Amira          |",
        "Haddad, Amira           | Haddad        | Amira          |",
        "van Beethoven, Ludwig   | van Beethoven | Ludwig         |",
        "Martin Luther King Jr.  | King          | Martin Luther  | Jr.",
        "'Martin Luther King, Jr.' | King        | Martin Luther  | Jr.",
        "'King, Martin Luther, Jr.' | King       | Martin Luther  | Jr.",
        "محمد علی                | علی           | محمد           |",
        "毛泽东                   | 毛泽东         |                |",
        "Дмитрий Медведев        | Медведев      | Дмитрий        |",
    })
    void splitsDisplayNamesIntoFamilyGivenAndSuffix(String written, String family, String given, String suffix) {
        assertThat(PersonName.parse(written)).isEqualTo(new PersonName(family, orEmpty(given), orEmpty(suffix)));
    }

    @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "Amira Haddad            | A.",
        "Jean-Luc Picard         | J.-L.",
        "Mary Anne Smith         | M. A.",
        "J.R.R. Tolkien          | J. R. R.",
        "J. R. R. Tolkien        | J. R. R.",
        "amira haddad            | A.",
        "Ludwig van Beethoven    | L.",
        "Plato                   |",
        "محمد علی                | م.",
        "Дмитрий Медведев        | Д.",
        "Haddad, Amira Laila     | A. L.",
    })
    void givesApaInitialsOfTheGivenNames(String written, String initials) {
        assertThat(PersonName.parse(written).initials()).isEqualTo(orEmpty(initials));
    }

    @Test
    void writesTheNameFamilyFirstOrGivenFirst() {
        PersonName beethoven = PersonName.parse("Ludwig van Beethoven");
        assertThat(beethoven.familyFirst()).isEqualTo("van Beethoven, Ludwig");
        assertThat(beethoven.givenFirst()).isEqualTo("Ludwig van Beethoven");

        PersonName king = PersonName.parse("Martin Luther King Jr.");
        assertThat(king.familyFirst()).isEqualTo("King, Martin Luther, Jr.");
        assertThat(king.givenFirst()).isEqualTo("Martin Luther King Jr.");

        PersonName plato = PersonName.parse("Plato");
        assertThat(plato.familyFirst()).isEqualTo("Plato");
        assertThat(plato.givenFirst()).isEqualTo("Plato");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "   ", ",", ", ,", "-", "Jr.", "van", "Amira -", "A.-.B", "🙂 🙂"})
    void copesWithOddNamesWithoutThrowing(String written) {
        PersonName name = PersonName.parse(written);
        assertThat(name.familyFirst()).isNotNull();
        assertThat(name.initials()).doesNotContain("..");
    }

    /** A blank last column of a CSV row arrives as null. */
    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
