package org.standfirst.incremental;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.standfirst.Digests;
import org.standfirst.render.BodyMemo;
import org.standfirst.render.ResolvedLink;

/**
 * Rendered bodies kept between builds in the build cache ({@code bodies/}), so a rebuild renders with
 * flexmark only the bodies that changed. An entry is keyed by everything that shapes the HTML
 * ({@link BodyMemo.Input}) and remembers how each of its links resolved; it is reused only when every
 * link still resolves the same way. Beside it, the body as feeds carry it. Entries no build used are
 * deleted when a build succeeds.
 */
final class RenderedBodies implements BodyMemo {
    static final String AREA = "bodies";
    private static final String FEED = ".feed";
    private final BuildCache.Blobs blobs;

    RenderedBodies(BuildCache cache) {
        this.blobs = cache.blobs(AREA);
    }

    private static String key(Input input) {
        return CacheKey.of("body").record(input).hex();
    }

    @Override
    public Optional<Body> recall(Input input, Predicate<List<ResolvedLink>> stillResolve) {
        return blobs.read(key(input), "").map(RenderedBodies::decode).filter(body -> stillResolve.test(body.links()));
    }

    private static Body decode(byte[] payload) {
        try (DataInputStream in = BuildCache.input(payload)) {
            int count = in.readInt();
            if (count < 0 || count > 1_000_000) return null;
            List<ResolvedLink> links = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                links.add(new ResolvedLink(RecordCodec.readString(in), in.readInt(), RecordCodec.readString(in)));
            }
            String html = RecordCodec.readString(in);
            return html == null || in.read() != -1 ? null : new Body(html, links);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void remember(Input input, String markdown, Body body) {
        // The body is read when it is rendered, after the article was read: if the file changed in
        // between, this HTML is not the one for the digest in the key, so it is used but not kept.
        if (!Digests.sha256(markdown).equals(input.markdown())) return;
        blobs.write(key(input), "", out -> {
            out.writeInt(body.links().size());
            for (ResolvedLink link : body.links()) {
                RecordCodec.writeString(out, link.url());
                out.writeInt(link.line());
                RecordCodec.writeString(out, link.result());
            }
            RecordCodec.writeString(out, body.html());
        });
    }

    /**
     * A kept piece's body as its feeds carry it (links made absolute, which takes jsoup a parse): kept
     * beside the body, for this base URL and exactly this body HTML, else made and kept.
     */
    @Override
    public String feedBody(Input input, Body body, String baseUrl, Supplier<String> make) {
        String key = key(input);
        String html = Digests.sha256(body.html());
        Optional<String> kept = blobs.read(key, FEED).map(payload -> {
            try (DataInputStream in = BuildCache.input(payload)) {
                boolean same = baseUrl.equals(RecordCodec.readString(in)) && html.equals(RecordCodec.readString(in));
                return same ? RecordCodec.readString(in) : null;
            } catch (IOException e) {
                return null;
            }
        });
        if (kept.isPresent()) return kept.get();
        String made = make.get();
        blobs.write(key, FEED, out -> {
            RecordCodec.writeString(out, baseUrl);
            RecordCodec.writeString(out, html);
            RecordCodec.writeString(out, made);
        });
        return made;
    }

    @Override
    public void stillUsed(Input input) {
        blobs.markUsed(key(input));
    }

    @Override
    public void finish() {
        blobs.prune();
    }
}
