package org.standfirst.render.cite;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorNameTest {

    @ParameterizedTest(name = "\"{0}\" is a group")
    @ValueSource(strings = {"Meridian Institute", "Meridian", "Council on Foreign Relations", "Friends of the Earth",
        "The Economist", "AT&T", "G20 Research Group", "Middle East Desk", "Centre for Arms Control"})
    void treatsThePublisherAndOrganisationLookingNamesAsGroups(String written) {
        assertThat(AuthorName.of(written, "Meridian")).isEqualTo(new AuthorName.Group(written));
    }

    @ParameterizedTest(name = "\"{0}\" is a person")
    @ValueSource(strings = {"Amira Haddad", "Robert Service", "Ludwig van Beethoven", "Plato", "محمد علی",
        "Institute, Ann"})
    void treatsOtherNamesAsPeople(String written) {
        assertThat(AuthorName.of(written, "Meridian")).isEqualTo(new AuthorName.Person(PersonName.parse(written)));
    }
}
