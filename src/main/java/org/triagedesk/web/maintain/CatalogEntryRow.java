package org.triagedesk.web.maintain;

/** A row of one of the catalog tables, as a catalog dialog opens on it: every row carries the entry's note. */
public interface CatalogEntryRow {

    String note();
}
