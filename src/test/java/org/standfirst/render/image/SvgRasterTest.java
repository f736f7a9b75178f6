package org.standfirst.render.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SVG drawn into icons: fitted and centred, the same bytes every time, refused when it does not stand alone. */
class SvgRasterTest {
    private static final String WIDE = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="10 10 200 100"><rect x="10" y="10" width="200" height="100" fill="#c00000"/></svg>
            """;

    private static SvgRaster read(String svg) throws ImageEncoder.Unreadable {
        return SvgRaster.read(svg.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWideDrawingIsFittedIntoTheSquareAndCentredOnTransparency() throws Exception {
        BufferedImage icon = read(WIDE).draw(32, 32);
        assertThat(icon.getWidth()).isEqualTo(32);
        assertThat(icon.getHeight()).isEqualTo(32);
        // 200 × 100 into 32 × 32: 32 × 16, from row 8 to row 24, the full width.
        assertThat(alpha(icon, 16, 2)).isZero();
        assertThat(alpha(icon, 16, 29)).isZero();
        assertThat(icon.getRGB(0, 16)).isEqualTo(0xffc00000);
        assertThat(icon.getRGB(31, 16)).isEqualTo(0xffc00000);
        assertThat(icon.getRGB(16, 9)).isEqualTo(0xffc00000);
        assertThat(icon.getRGB(16, 22)).isEqualTo(0xffc00000);
    }

    @Test
    void edgesAreAntialiased() throws Exception {
        BufferedImage icon = read("""
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="12" fill="#000"/></svg>
                """).draw(32, 32);
        boolean partial = false;
        for (int x = 0; x < 32; x++) partial |= alpha(icon, x, 10) > 0 && alpha(icon, x, 10) < 255;
        assertThat(partial).as("a pixel on the circle's edge is partly covered").isTrue();
    }

    @Test
    void theSameDrawingGivesTheSamePngBytes() throws Exception {
        Derivative icon = new Derivative(180, 180, "png", 0);
        byte[] first = ImageEncoder.write(read(WIDE).draw(180, 180), icon).bytes();
        byte[] second = ImageEncoder.write(read(WIDE).draw(180, 180), icon).bytes();
        assertThat(first).isEqualTo(second);
        assertThat(new String(first, StandardCharsets.ISO_8859_1)).doesNotContain("tIME").doesNotContain("tEXt");
    }

    @Test
    void itsSizeIsTheDrawingsOwnRoundedUp() throws Exception {
        assertThat(read(WIDE).size()).isEqualTo(new ImageEncoder.Size(200, 100));
        assertThat(read("<svg xmlns='http://www.w3.org/2000/svg' width='20.5' height='10'/>").size())
                .isEqualTo(new ImageEncoder.Size(21, 10));
    }

    @Test
    void drawingNeedsNoDisplay() throws Exception {
        // Surefire runs the tests as CI does, headless; the build paints into memory only.
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();
        assertThat(read(WIDE).draw(180, 180).getRGB(90, 90)).isEqualTo(0xffc00000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not XML         | this is not an SVG                                                        | line 1 of the SVG is not well-formed XML
            unclosed        | <svg xmlns='http://www.w3.org/2000/svg'><rect>                             | is not well-formed XML
            another root    | <html/>                                                                   | its root element is <html>, not <svg>
            a script        | <svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>   | line 1 of the SVG holds a <script>
            an event        | <svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>               | holds a script (`onload`)
            an image by URL | <svg xmlns='http://www.w3.org/2000/svg'><image href='https://example.org/a.png'/></svg> | refers to a file outside it (`https://example.org/a.png`)
            an image beside | <svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink'><image xlink:href='a.png'/></svg> | refers to a file outside it (`a.png`)
            another SVG     | <svg xmlns='http://www.w3.org/2000/svg'><use href='other.svg#mark'/></svg> | refers to a file outside it (`other.svg#mark`)
            a fill by URL   | <svg xmlns='http://www.w3.org/2000/svg'><rect style='fill:url(https://example.org/p.svg#p)'/></svg> | refers to a file outside it
            a stylesheet    | <svg xmlns='http://www.w3.org/2000/svg'><style>rect { fill: red } @import 'https://example.org/s.css';</style></svg> | refers to a file outside it (`@import 'https://example.org/s.css';`)
            a linked sheet  | <?xml-stylesheet href='s.css'?><svg xmlns='http://www.w3.org/2000/svg'/> | refers to a file outside it (`href='s.css'`)
            no size         | <svg xmlns='http://www.w3.org/2000/svg' width='0' height='0'/>            | it has no size
            """)
    void anSvgThatDoesNotStandAloneIsRefused(String what, String svg, String message) {
        assertThatThrownBy(() -> read(svg)).isInstanceOf(ImageEncoder.Unreadable.class).hasMessageContaining(message);
    }

    @Test
    void aRefusedReferenceIsShownOnOneLineFromWhereItStarts() {
        assertThatThrownBy(() -> read("""
                <svg xmlns="http://www.w3.org/2000/svg"><style>
                  rect { fill: #000 }
                  circle { fill:
                    url(https://example.org/pattern.svg#p) }
                </style></svg>
                """)).hasMessage("line 4 of the SVG refers to a file outside it (`url(https://example.org/pattern.svg#p) }`), "
                + "which the build does not fetch");
    }

    @Test
    void referencesInsideTheFileAndLinksAreFine() throws Exception {
        SvgRaster drawing = read("""
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#000"/></linearGradient>
                    <rect id="r" width="10" height="10"/></defs>
                  <a href="https://example.org/"><use xlink:href="#r" fill="url(#g)"/></a>
                  <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
                </svg>
                """);
        assertThat(drawing.size()).isEqualTo(new ImageEncoder.Size(10, 10));
    }

    @Test
    void anEditorsDoctypeIsReadWithoutFetchingItsDtd() throws Exception {
        // The DTD's address is on no network a test can reach: fetching it would fail the read.
        SvgRaster drawing = read("""
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://dtd.invalid/svg11.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"><rect width="16" height="16"/></svg>
                """);
        // Without a viewBox, its width and height are what is fitted into the square.
        assertThat(drawing.draw(32, 32).getRGB(30, 30)).isEqualTo(0xff000000);
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}
