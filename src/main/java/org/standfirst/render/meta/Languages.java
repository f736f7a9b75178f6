package org.standfirst.render.meta;

import java.util.Locale;
import java.util.Set;

/** Which languages are written right to left, for {@code dir="rtl"}. */
public final class Languages {
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "he", "iw", "ur", "ps", "sd", "ug", "yi",
            "dv", "ckb", "ku-arab");

    private Languages() {
    }

    public static String direction(String languageTag) {
        Locale locale = Locale.forLanguageTag(languageTag);
        String language = locale.getLanguage();
        if (RIGHT_TO_LEFT.contains(language)) return "rtl";
        if (locale.getScript().equals("Arab") || locale.getScript().equals("Hebr")) return "rtl";
        return "ltr";
    }
}
