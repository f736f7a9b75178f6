package org.standfirst.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypePluralTest {
    @ParameterizedTest
    @CsvSource({"Report, Reports", "Briefing, Briefings", "Commentary, Commentary", "Analysis, Analysis",
            "Op-ed, Op-eds", "Policy brief, Policy briefs", "Study, Studies", "Essay, Essays", "Thesis, Theses",
            "Research, Research", "Box, Boxes", "Speech, Speeches"})
    void aTypesSectionIsItsEnglishPlural(String label, String plural) {
        assertThat(SiteConfig.plural(label)).isEqualTo(plural);
    }
}
