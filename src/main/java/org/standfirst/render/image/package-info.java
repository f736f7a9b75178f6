/**
 * Image derivatives: every raster image a page shows, resized (never enlarged) and cropped for
 * srcset, share cards, JSON-LD and favicons, encoded so that the same source gives the same bytes.
 */
package org.standfirst.render.image;
