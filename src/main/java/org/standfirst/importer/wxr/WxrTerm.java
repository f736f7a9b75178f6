package org.standfirst.importer.wxr;

/** A category, tag or custom-taxonomy term: its taxonomy ({@code category}, {@code post_tag}, …), slug and name. */
public record WxrTerm(String taxonomy, String slug, String name) implements Comparable<WxrTerm> {
    @Override
    public int compareTo(WxrTerm other) {
        int byTaxonomy = taxonomy.compareTo(other.taxonomy);
        return byTaxonomy != 0 ? byTaxonomy : slug.compareTo(other.slug);
    }
}
