package org.standfirst.write;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the output holds, from one walk that never follows a symbolic link. Paths are relative to the
 * output, in the platform's form (as {@code Path.toString()} gives them).
 *
 * @param files the regular files, with their sizes
 * @param others links and anything else that is neither a file nor a folder
 * @param folders the folders, the output itself excepted
 */
record OutputTree(Map<String, Long> files, List<String> others, List<String> folders) {
    static final OutputTree EMPTY = new OutputTree(Map.of(), List.of(), List.of());

    /** Walks {@code output}; an output that is not a real folder holds nothing. */
    static OutputTree walk(Path output) throws IOException {
        if (!OutputPaths.isDirectory(output)) return EMPTY;
        OutputTree tree = new OutputTree(new HashMap<>(), new ArrayList<>(), new ArrayList<>());
        tree.add(output, output.toString().length() + 1);
        return tree;
    }

    private void add(Path folder, int prefix) throws IOException {
        List<Path> subfolders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                BasicFileAttributes attributes = OutputPaths.entry(entry);
                if (attributes == null) throw new IOException("cannot read " + entry);
                String name = entry.toString().substring(prefix); // as output.relativize(entry), cheaper
                if (attributes.isDirectory()) {
                    folders.add(name);
                    subfolders.add(entry);
                } else if (attributes.isRegularFile()) {
                    files.put(name, attributes.size());
                } else {
                    others.add(name);
                }
            }
        }
        for (Path subfolder : subfolders) add(subfolder, prefix);
    }
}
