package org.acta.core.application.directory;

/**
 * What one import of the HR exports changed.
 *
 * @param unitsAdded units new to the directory
 * @param unitsChanged units whose names, other names or parent changed
 * @param peopleAdded people new to the directory
 * @param peopleChanged people whose data changed
 * @param peopleLeft people the export no longer lists (kept, marked)
 * @param peopleReturned people listed again after having left
 */
public record HrImportReport(int unitsAdded, int unitsChanged, int peopleAdded,
    int peopleChanged, int peopleLeft, int peopleReturned) {}
