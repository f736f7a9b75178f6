package org.standfirst.assemble;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.standfirst.model.Problems;
import org.standfirst.model.Region;

/**
 * The region hierarchy. Unknown parents and cycles are reported and the region is treated as
 * top-level, so one bad profile doesn't hide the rest of the problems.
 */
final class RegionTree {
    private final Map<String, Region> byId = new LinkedHashMap<>();
    private final Map<String, List<Region>> children = new LinkedHashMap<>();
    private final List<Region> roots = new ArrayList<>();

    RegionTree(List<Region> regions, Problems problems) {
        List<Region> sorted = new ArrayList<>(regions);
        sorted.sort((a, b) -> Ordering.byName().compare(a.name(), b.name()));
        for (Region region : sorted) byId.put(region.id(), region);
        for (Region region : sorted) {
            String parent = region.parentId();
            if (parent != null && !byId.containsKey(parent)) {
                problems.error(region.profile(), "the parent region `" + parent + "` does not exist",
                        "create content/regions/" + parent + ".md, or set `parent:` to one of: "
                                + String.join(", ", byId.keySet().stream().sorted().toList()));
                parent = null;
            } else if (parent != null && leadsToCycle(region)) {
                problems.error(region.profile(), "the region `" + region.id() + "` is its own ancestor through `parent: "
                        + parent + "`", "remove `parent:` from one of the regions in the loop");
                parent = null;
            }
            if (parent == null) roots.add(region);
            else children.computeIfAbsent(parent, k -> new ArrayList<>()).add(region);
        }
    }

    private boolean leadsToCycle(Region start) {
        Set<String> seen = new HashSet<>();
        Region current = start;
        while (current != null && current.parentId() != null) {
            if (!seen.add(current.id())) return true;
            current = byId.get(current.parentId());
            if (current == start) return true;
        }
        return false;
    }

    Region get(String id) {
        return byId.get(id);
    }

    List<Region> children(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** The region and everything above it, the region first. */
    List<String> selfAndAncestors(String id) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = id;
        while (current != null && seen.add(current)) {
            out.add(current);
            current = isRoot(current) ? null : byId.get(current).parentId();
        }
        return out;
    }

    private boolean isRoot(String id) {
        return roots.stream().anyMatch(r -> r.id().equals(id)) || !byId.containsKey(id);
    }

    /** Every region, top-level ones A–Z, each followed by its sub-regions. */
    List<Region> depthFirst() {
        List<Region> out = new ArrayList<>();
        for (Region root : roots) visit(root, out, new HashSet<>());
        return out;
    }

    private void visit(Region region, List<Region> out, Set<String> seen) {
        if (!seen.add(region.id())) return;
        out.add(region);
        for (Region child : children(region.id())) visit(child, out, seen);
    }

    /** The effective parent (null for top-level, including regions whose parent was rejected). */
    String parentOf(String id) {
        return isRoot(id) ? null : byId.get(id).parentId();
    }
}
