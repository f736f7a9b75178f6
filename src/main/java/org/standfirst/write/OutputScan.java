package org.standfirst.write;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The output, as walked, against the files a new site names: what the new site does not name is
 * stale, folders holding none of its files may go, and kept files are counted to prove they are
 * there.
 *
 * @param stale files and links the new site does not name, relative to the output, in name order
 * @param emptyFolders folders that hold no file the new site names, children before parents
 * @param keptFound how many of the kept files are regular files of the output at their kept size
 */
record OutputScan(List<Path> stale, List<Path> emptyFolders, int keptFound) {
    /**
     * @param live every file the new site names, as paths relative to the output
     * @param holding the folders with a file of the new site somewhere inside ({@link #folders})
     * @param kept those of them that must already be in the output, with their sizes
     */
    static OutputScan of(OutputTree tree, Set<String> live, Set<String> holding, Map<String, Long> kept) {
        List<String> stale = new ArrayList<>();
        for (String name : tree.files().keySet()) {
            if (!live.contains(name)) stale.add(name);
        }
        for (String name : tree.others()) {
            if (!live.contains(name)) stale.add(name);
        }
        int keptFound = 0;
        for (Map.Entry<String, Long> file : kept.entrySet()) {
            if (file.getValue().equals(tree.files().get(file.getKey()))) keptFound++;
        }
        List<Path> emptyFolders = tree.folders().stream().filter(folder -> !holding.contains(folder)).map(Path::of)
                .sorted(Comparator.comparingInt(Path::getNameCount).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        return new OutputScan(stale.stream().sorted().map(Path::of).toList(), emptyFolders, keptFound);
    }

    /** The folders that {@code files} (paths relative to the output) lie in, at any depth. */
    static Set<String> folders(Set<String> files) {
        Set<String> folders = new HashSet<>();
        // A name's folders, innermost first, cut from its text rather than made into a Path each, as a
        // rebuild does this for every file of the site; stop where a folder was already marked, as its
        // own folders are then marked too.
        for (String name : files) {
            for (int cut = name.lastIndexOf(File.separatorChar); cut > 0; cut = name.lastIndexOf(File.separatorChar, cut - 1)) {
                if (!folders.add(name.substring(0, cut))) break;
            }
        }
        return folders;
    }
}
