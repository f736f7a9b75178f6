/**
 * Incremental building, in one place: the one build cache ({@link org.standfirst.incremental.BuildCache}),
 * keys made from canonical bytes ({@link org.standfirst.incremental.CacheKey}), and the memos and reuse
 * decision the stages ask for through their own hooks ({@code ArticleMemo}, {@code RelatedMemo},
 * {@code BodyMemo}, {@code PageReuse}). {@link org.standfirst.incremental.IncrementalBuild} is what the
 * pipeline sees.
 */
package org.standfirst.incremental;
