package org.acta.harvest.detect;

import org.acta.matching.model.SourceDatabase;

/** Every export format Acta reads, with the name shown to users. */
public enum ExportFormat {
  WOS_PLAIN(SourceDatabase.WOS, "WoS plain text"),
  WOS_TAB(SourceDatabase.WOS, "WoS tab-delimited"),
  WOS_EXCEL(SourceDatabase.WOS, "WoS Excel"),
  EI_CSV(SourceDatabase.EI, "Engineering Village CSV"),
  EI_EXCEL(SourceDatabase.EI, "Engineering Village Excel"),
  EI_TEXT(SourceDatabase.EI, "Engineering Village plain text"),
  EI_RIS(SourceDatabase.EI, "Engineering Village RIS"),
  EI_BIBTEX(SourceDatabase.EI, "Engineering Village BibTeX"),
  CNKI_REFWORKS(SourceDatabase.CNKI, "CNKI RefWorks"),
  CNKI_ENDNOTE(SourceDatabase.CNKI, "CNKI EndNote"),
  CNKI_NOTEEXPRESS(SourceDatabase.CNKI, "CNKI NoteExpress"),
  CNKI_CUSTOM(SourceDatabase.CNKI, "CNKI custom text (自定义)"),
  CNKI_ESTUDY(SourceDatabase.CNKI, "CNKI E-Study (知网研学)"),
  CNKI_TABLE(SourceDatabase.CNKI, "CNKI Excel/HTML table"),
  GENERIC_TABLE(SourceDatabase.OTHER, "publication list (CSV/TSV/XLSX with header row)");

  private final SourceDatabase source;
  private final String displayName;

  ExportFormat(SourceDatabase source, String displayName) {
    this.source = source;
    this.displayName = displayName;
  }

  public SourceDatabase source() {
    return source;
  }

  public String displayName() {
    return displayName;
  }
}
