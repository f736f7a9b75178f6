package org.standfirst.render.cite;

import org.standfirst.model.SiteConfig.CitationStyle;

/** The front door of the package: a piece's reference in the style the reader picks. */
public final class Citations {
    private Citations() {
    }

    /** The reference for the "Cite this" block; Chicago when no style is given. */
    public static FormattedCitation format(CitationInput input, CitationStyle style) {
        return switch (style == null ? CitationStyle.CHICAGO : style) {
            case CHICAGO -> ChicagoReference.format(input);
            case APA -> ApaReference.format(input);
        };
    }
}
