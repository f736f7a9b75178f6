package org.standfirst.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.standfirst.model.Article;
import org.standfirst.model.Param;
import org.standfirst.model.Params;
import org.standfirst.model.Problem;
import org.standfirst.model.SourceLocation;

class RecordCodecTest {
    private static final RecordCodec<Article> ARTICLES = RecordCodec.of(Article.class);

    /** Every component set, every nested record present, text beyond writeUTF's 64 KB and outside Latin-1. */
    static Article fullArticle() {
        return new Article(new SourceLocation("analysis/2014-06-17-mosul.md", 1), "analysis", "mosul",
                "الموصل: what next? 🇮🇶", LocalDate.of(2014, 6, 17),
                OffsetDateTime.of(2014, 6, 17, 9, 30, 15, 123_456_789, ZoneOffset.ofHoursMinutes(3, 30)),
                "A long standfirst. ".repeat(4000), "Analysis", List.of("Amira Haddad", "Zoë Brandt"),
                List.of("Iraq", "Middle East"), List.of("Security"),
                new Article.Image("map.jpg", "A map of Mosul", "The front line", "© Agency"), LocalDate.of(2015, 1, 2),
                true, Path.of("/archive/content/analysis/2014-06-17-mosul.md"), 9, "ab".repeat(32), false,
                new Article.Extras(List.of("/2014/06/mosul.html", "/?p=123"), "ar",
                        new Article.Attachment("report.pdf", 5_000_000_000L),
                        new Article.Correction(LocalDate.of(2015, 8, 1), "An earlier version said …"), 1234,
                        new Params(Map.of("series", Param.text("Gulf security"), "sources", Param.list(List.of(Param.text("a"))),
                                "event", Param.group(Map.of("place", Param.text("Doha"))))), true, true), "")
                .withDigest("cd".repeat(32));
    }

    private static <T extends Record> byte[] bytes(RecordCodec<T> codec, T value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            codec.write(out, value);
        }
        return bytes.toByteArray();
    }

    private static <T extends Record> T read(RecordCodec<T> codec, byte[] bytes) throws IOException {
        return codec.read(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    @Test
    void anArticleWithEveryComponentSetReadsBackEqual() throws IOException {
        Article article = fullArticle();
        Article back = read(ARTICLES, bytes(ARTICLES, article));
        assertThat(back).isEqualTo(article);
        assertThat(back.time().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(3, 30));
        assertThat(back.time().getNano()).isEqualTo(123_456_789);
    }

    @Test
    void nullComponentsAndEmptyListsReadBackAsThemselves() throws IOException {
        Article article = new Article(SourceLocation.file("a.md"), "", "a", "A", LocalDate.of(2000, 1, 1), null, "",
                "Article", List.of(), List.of(), List.of(), null, null, false, Path.of("a.md"), 0, null, false,
                Article.Extras.NONE, null);
        assertThat(read(ARTICLES, bytes(ARTICLES, article))).isEqualTo(article);
    }

    record Text(String value) {
    }

    @Test
    void stringsThatUtf8CannotCarryExactlyStillReadBackEqual() throws IOException {
        RecordCodec<Text> codec = RecordCodec.of(Text.class);
        for (String value : new String[] {"lone \uD800 high", "lone \uDC00 low", "\uD83D", "pair 😀 ok", "Zoë’s", "Zoë", "",
                null}) {
            assertThat(read(codec, bytes(codec, new Text(value)))).isEqualTo(new Text(value));
        }
    }

    record Tree(String name, List<Tree> children, Problem.Severity severity, Instant at) {
    }

    @Test
    void recordsThatContainThemselvesAndEnumsRoundTrip() throws IOException {
        RecordCodec<Tree> codec = RecordCodec.of(Tree.class);
        Tree tree = new Tree("root", List.of(new Tree("leaf", List.of(), Problem.Severity.WARNING,
                Instant.ofEpochSecond(-5, 7)), new Tree("empty", null, null, null)), Problem.Severity.ERROR, Instant.EPOCH);
        assertThat(read(codec, bytes(codec, tree))).isEqualTo(tree);
        assertThat(codec.schema()).isEqualTo(Tree.class.getName() + "(name:String,children:List<" + Tree.class.getName()
                + ">,severity:" + Problem.Severity.class.getName() + "[ERROR,WARNING],at:Instant)");
    }

    @Test
    void everyCutShortStreamIsRefusedWithAnIOException() throws IOException {
        byte[] whole = bytes(ARTICLES, fullArticle());
        for (int length = 0; length < whole.length; length += length < 400 ? 1 : 997) {
            byte[] cut = Arrays.copyOf(whole, length);
            assertThatThrownBy(() -> read(ARTICLES, cut)).as("cut at %d", length).isInstanceOf(IOException.class);
        }
    }

    @Test
    void damagedBytesNeverEscapeAsARuntimeException() throws IOException {
        byte[] whole = bytes(ARTICLES, fullArticle());
        int refused = 0;
        for (int at = 0; at < 400; at++) {
            for (int value : new int[] {0x00, 0x02, 0x7f, 0xff}) {
                byte[] damaged = whole.clone();
                damaged[at] = (byte) value;
                try {
                    read(ARTICLES, damaged);
                } catch (IOException e) {
                    refused++;
                }
            }
        }
        assertThat(refused).as("damaged lengths, markers and ordinals are noticed").isGreaterThan(50);
    }

    record Flagged(boolean flag, Problem.Severity severity, String text) {
    }

    @Test
    void impossibleMarkersOrdinalsLengthsAndComponentsAreRefused() throws IOException {
        RecordCodec<Flagged> codec = RecordCodec.of(Flagged.class);
        byte[] good = bytes(codec, new Flagged(true, Problem.Severity.WARNING, "x"));
        assertThat(read(codec, good)).isEqualTo(new Flagged(true, Problem.Severity.WARNING, "x"));
        // The boolean, the enum's null marker and ordinal (int), the string's length and encoding (int), its bytes.
        assertThatThrownBy(() -> read(codec, patch(good, 0, 2))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read(codec, patch(good, 1, 5))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read(codec, patch(good, 5, 2))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read(codec, patch(good, 6, 0x7f))).isInstanceOf(IOException.class);

        // Article refuses a blank title: a record's own checks run when it is read.
        byte[] bytes = bytes(ARTICLES, fullArticle());
        byte[] title = fullArticle().title().getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, title);
        Arrays.fill(bytes, at, at + title.length, (byte) ' ');
        assertThatThrownBy(() -> read(ARTICLES, bytes)).isInstanceOf(IOException.class)
                .hasMessageContaining("blank title");
    }

    private static byte[] patch(byte[] bytes, int at, int value) {
        byte[] copy = bytes.clone();
        copy[at] = (byte) value;
        return copy;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) if (bytes[i + j] != part[j]) continue outer;
            return i;
        }
        throw new AssertionError("not found");
    }

    record Before(String name, int count) {
    }

    record After(String name, long count) {
    }

    record Unsupported(String name, java.util.Optional<String> values) {
    }

    @Test
    void theSchemaNamesEveryComponentAndItsTypeSoAChangedModelReadsAsAnother() {
        assertThat(RecordCodec.of(Before.class).schema()).endsWith("Before(name:String,count:int)");
        assertThat(RecordCodec.of(After.class).schema()).endsWith("After(name:String,count:long)");
        assertThat(ARTICLES.schema())
                .contains("source:org.standfirst.model.SourceLocation(path:String,line:int)")
                .contains("time:OffsetDateTime", "file:Path", "authors:List<String>")
                .contains("pdf:org.standfirst.model.Article$Attachment(path:String,bytes:long)");
    }

    @Test
    void aComponentItCannotEncodeIsRefusedWhenTheCodecIsMade() {
        assertThatThrownBy(() -> RecordCodec.of(Unsupported.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("java.util.Optional");
    }
}
