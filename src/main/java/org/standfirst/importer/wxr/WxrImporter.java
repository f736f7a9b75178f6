package org.standfirst.importer.wxr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.Consumer;
import org.standfirst.importer.ImportException;
import org.standfirst.importer.ImportReport;
import org.standfirst.importer.StagedOutput;
import org.standfirst.importer.TermMap;
import org.standfirst.importer.Uploads;

/**
 * {@code standfirst import wxr}: two streaming passes over the export. The first reads it whole — so a
 * malformed export stops the import before anything is written — and collects attachments, authors and
 * terms; the second converts each post into the staging folder. Files move into place at the end.
 */
public final class WxrImporter {
    /** The command's options; {@code uploads} and {@code map} may be null. */
    public record Options(Path export, Path into, Path uploads, Path map, boolean drafts, boolean pages, boolean force) {
    }

    /** What happened: pieces and profiles written, or the existing files that stopped the import. */
    public record Result(int pieces, int authors, int files, ImportReport report, List<String> conflicts, Path reportFile) {
        public boolean written() {
            return conflicts.isEmpty();
        }
    }

    private WxrImporter() {
    }

    public static Result run(Options options) throws ImportException, IOException {
        Path export = options.export();
        if (!Files.isRegularFile(export)) {
            throw new ImportException(export.toString(), 0, "no such file", "give the path of the WXR export (Tools › Export in WordPress)");
        }
        if (options.uploads() != null && !Files.isDirectory(options.uploads())) {
            throw new ImportException(options.uploads().toString(), 0, "no such folder",
                    "give a copy of the old site's wp-content/uploads folder, or leave out --uploads");
        }
        TermMap terms = options.map() == null ? TermMap.defaults() : TermMap.read(options.map());

        Attachments attachments = new Attachments();
        Set<Long> ids = new HashSet<>();
        WxrChannel channel = read(export, item -> {
            ids.add(item.id());
            if (item.type().equals("attachment")) attachments.add(item);
        });

        List<String> siteUrls = new ArrayList<>(List.of(channel.link(), channel.baseBlogUrl()));
        Uploads uploads = new Uploads(options.uploads(), siteUrls);
        String version = channel.version().isEmpty() ? "WXR" : "WXR " + channel.version();
        ImportReport report = new ImportReport("Import report",
                export.getFileName() + " (" + version + (channel.link().isEmpty() ? "" : ", " + channel.link()) + ")");
        try (StagedOutput out = new StagedOutput(options.into())) {
            ItemImporter importer = new ItemImporter(options, channel, attachments, ids, terms, uploads, out, report);
            try {
                read(export, importer::accept);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            importer.declaredTerms();
            int authors = importer.writeAuthors();
            List<String> conflicts = options.force() ? List.of() : out.conflicts();
            int files = out.count();
            if (!conflicts.isEmpty()) return new Result(importer.pieces(), authors, files, report, conflicts, null);
            out.commit();
            Path reportFile = options.into().resolve(ImportReport.FILE);
            Files.writeString(reportFile, report.markdown(), StandardCharsets.UTF_8);
            return new Result(importer.pieces(), authors, files, report, List.of(), reportFile);
        }
    }

    private static WxrChannel read(Path export, Consumer<WxrItem> items) throws ImportException, IOException {
        try {
            return WxrReader.read(export, items);
        } catch (WxrException e) {
            throw new ImportException(export.toString(), e.line(), e.getMessage(), e.hint());
        }
    }
}
