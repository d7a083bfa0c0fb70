package org.acta.harvest.parse.cnki;

/** What a CNKI tag or label means, independent of the export format it came from. */
enum CnkiField {
  /** RefWorks RT, EndNote %0, NoteExpress {Reference Type}. */
  REFERENCE_TYPE,
  /** Custom/E-Study/Excel SrcDatabase-来源库 (期刊, 硕士, 博士, 中国会议, …). */
  SOURCE_DATABASE,
  /** E-Study DataType (1 journal, 3 conference). */
  DATA_TYPE,
  /** RefWorks DB, EndNote %~ (国家标准, 年鉴, 中国专利, …). */
  SUB_DATABASE,
  TITLE,
  TITLE_ALT,
  AUTHORS,
  SUPERVISORS,
  ORGANISATIONS,
  /** Journal, proceedings, or (theses) university. */
  SOURCE,
  /** University (theses), organiser (conferences), publisher. */
  PUBLISHER,
  CONFERENCE,
  CONFERENCE_PLACE,
  YEAR,
  DATE,
  VOLUME,
  ISSUE,
  /** A page range ({@code 45-52+60}). */
  PAGES,
  KEYWORDS,
  ABSTRACT,
  /** ISSN or ISBN. */
  ISSN_ISBN,
  CN_NUMBER,
  /** 硕士 / 博士 (theses). */
  DEGREE,
  LANGUAGE,
  URL,
  DOI,
  FUND,
  CLASSIFICATION
}
