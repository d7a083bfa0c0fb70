package org.acta.core.application.snapshot;

import java.util.List;

/**
 * What changed from one snapshot to another, by row id.
 *
 * @param added rows only in the later snapshot
 * @param removed rows only in the earlier snapshot
 * @param changed rows in both whose content differs
 * @param unchanged how many rows are the same in both
 */
public record SnapshotDiff(List<String> added, List<String> removed, List<String> changed,
    int unchanged) {}
