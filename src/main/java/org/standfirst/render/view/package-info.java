/**
 * The read-only records templates see, and nothing else: every variable a template can use is a
 * component of one of these (documented in docs/themes.md). Fields named {@code url} hold site paths
 * ({@code /regions/iraq/}) or absolute http(s) URLs; templates pass them through the {@code link}
 * filter, which makes them work from disk and at a sub-path. Text fields are plain text and are
 * escaped by Pebble; fields named {@code html} hold rendered Markdown.
 */
package org.standfirst.render.view;
