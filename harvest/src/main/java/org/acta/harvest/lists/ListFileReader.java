package org.acta.harvest.lists;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.acta.matching.indexing.EsiJournalList;
import org.acta.matching.indexing.EsiPaperList;
import org.acta.matching.indexing.IndexingLists;
import org.acta.matching.indexing.JcrTable;
import org.acta.matching.indexing.JournalList;
import org.acta.matching.indexing.SubjectMapping;

/**
 * Reads the list files a library imports (formats in {@code docs/lists.md}): journal lists, JCR
 * tables, ESI journal and paper lists, the subject mapping, as CSV, tab-separated text, XLSX or
 * XLS. What a file holds is recognised from its header, so files can be named freely. The first
 * file that cannot be read stops the import with a {@link ListFormatException} naming file, line
 * and column: a half-imported list would silently change the table.
 */
public final class ListFileReader {
  /** The file name endings read from a directory; anything else (README.md, scripts) is skipped. */
  static final Set<String> EXTENSIONS = Set.of("csv", "tsv", "txt", "xlsx", "xls");

  /** Reads every list file of a directory (not its subdirectories), in file name order. */
  public LoadedLists readDirectory(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new ListFormatException(dir, 0, null, "not a directory");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).filter(ListFileReader::isListFile).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new ListFormatException(dir, 0, null, "no list files (*.csv, *.tsv, *.txt, *.xlsx,"
          + " *.xls) in the directory");
    }
    return read(files);
  }

  static boolean isListFile(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot > 0 && !n.startsWith(".")
        && EXTENSIONS.contains(n.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** Reads the given list files and joins them into one set of lists. */
  public LoadedLists read(List<Path> files) throws IOException {
    List<JournalList> journals = new ArrayList<>();
    List<JcrTable> jcr = new ArrayList<>();
    List<EsiJournalList> esiJournals = new ArrayList<>();
    List<EsiPaperList> esiPapers = new ArrayList<>();
    List<SubjectMapping.Row> subjects = new ArrayList<>();
    List<String> summary = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    for (Path f : files) {
      ListTable t = ListTable.read(f);
      ListFileKind kind = ListFileKind.of(t);
      String what = switch (kind) {
        case JOURNAL_LIST -> {
          List<JournalList> l = ListRowMappers.journalLists(t);
          journals.addAll(l);
          yield l.stream().map(x -> x.kind() + " " + x.edition()).toList().toString();
        }
        case JCR -> {
          List<JcrTable> l = ListRowMappers.jcrTables(t);
          jcr.addAll(l);
          yield "years " + l.stream().map(JcrTable::year).toList();
        }
        case ESI_JOURNALS -> {
          List<EsiJournalList> l = ListRowMappers.esiJournalLists(t);
          esiJournals.addAll(l);
          yield "editions " + l.stream().map(EsiJournalList::edition).toList();
        }
        case ESI_PAPERS -> {
          List<EsiPaperList> l = ListRowMappers.esiPaperLists(t);
          esiPapers.addAll(l);
          yield l.stream().map(x -> x.kind().name().toLowerCase(Locale.ROOT) + " "
              + x.edition()).toList().toString();
        }
        case SUBJECTS -> {
          subjects.addAll(ListRowMappers.subjects(t));
          yield "categories";
        }
      };
      summary.add(f.getFileName() + ": " + kind.words() + ", " + what + ", " + t.rows().size()
          + " rows");
      warnings.addAll(t.warnings());
    }
    try {
      IndexingLists lists = new IndexingLists(journals, jcr, esiJournals, esiPapers,
          new SubjectMapping(subjects));
      return new LoadedLists(lists, summary, warnings);
    } catch (IllegalArgumentException e) {
      // two files disagree about an edition: name the files read
      throw new ListFormatException(files.get(0).getParent() == null ? files.get(0)
          : files.get(0).getParent(), 0, null, e.getMessage());
    }
  }
}
