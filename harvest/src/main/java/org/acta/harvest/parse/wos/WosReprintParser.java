package org.acta.harvest.parse.wos;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a WoS {@code RP} value into its groups (formats.md §2.7):
 * {@code NAMES (corresponding author), ADDRESS.; NAMES (corresponding author), ADDRESS.} where
 * NAMES is {@code Name; Name} in AU form. Handles {@code (reprint author)}, any letter case, a
 * missing final period, and the very old form without a marker ({@code SMITH, J, UNIV X, ...}).
 */
final class WosReprintParser {
  private WosReprintParser() {}

  private static final Pattern MARKER =
      Pattern.compile("\\s*\\((?:corresponding|reprint) author\\)", Pattern.CASE_INSENSITIVE);
  private static final String GROUP_BOUNDARY = ".; ";
  private static final Pattern OLD_INITIALS = Pattern.compile("[A-Z\\p{Lu}]{1,4}");

  /** One RP group: names in AU form and the postal address. */
  record Group(List<String> names, String address) {}

  static List<Group> parse(String rp) {
    List<Group> groups = new ArrayList<>();
    if (rp == null || rp.isBlank()) {
      return groups;
    }
    List<int[]> markers = new ArrayList<>();
    Matcher m = MARKER.matcher(rp);
    while (m.find()) {
      markers.add(new int[] {m.start(), m.end()});
    }
    if (markers.isEmpty()) {
      Group old = oldForm(rp);
      if (old != null) {
        groups.add(old);
      }
      return groups;
    }
    int namesStart = 0;
    for (int i = 0; i < markers.size(); i++) {
      int markerStart = markers.get(i)[0];
      int markerEnd = markers.get(i)[1];
      String names = rp.substring(namesStart, markerStart);
      int addressEnd;
      int nextNamesStart;
      if (i + 1 < markers.size()) {
        // The group boundary lies between this marker's end and the next marker's start;
        // separators that overlap a marker do not count (fuzzing found such inputs).
        int nextMarker = markers.get(i + 1)[0];
        int boundary = lastIndexWithin(rp, GROUP_BOUNDARY, markerEnd, nextMarker);
        if (boundary >= 0) {
          addressEnd = boundary;
          nextNamesStart = boundary + GROUP_BOUNDARY.length();
        } else {
          // No ".; " between the two markers: the text up to the last "; " is address, the rest
          // names; without "; " everything between the markers is names.
          boundary = lastIndexWithin(rp, "; ", markerEnd, nextMarker);
          addressEnd = boundary >= 0 ? boundary : markerEnd;
          nextNamesStart = boundary >= 0 ? boundary + 2 : markerEnd;
        }
      } else {
        addressEnd = rp.length();
        nextNamesStart = rp.length();
      }
      String address = rp.substring(markerEnd, addressEnd).strip();
      if (address.startsWith(",")) {
        address = address.substring(1).strip();
      }
      groups.add(new Group(splitNames(names), trimPeriod(address)));
      namesStart = nextNamesStart;
    }
    return groups;
  }

  /** Last start of {@code sep} such that the whole separator lies in {@code [from, to)}, or -1. */
  private static int lastIndexWithin(String s, String sep, int from, int to) {
    int i = s.lastIndexOf(sep, to - sep.length());
    return i >= from ? i : -1;
  }

  private static Group oldForm(String rp) {
    String[] parts = rp.split(",", 3);
    if (parts.length >= 2 && OLD_INITIALS.matcher(parts[1].strip()).matches()) {
      String name = parts[0].strip() + ", " + parts[1].strip();
      String address = parts.length == 3 ? trimPeriod(parts[2].strip()) : null;
      return new Group(List.of(name), address);
    }
    return new Group(List.of(), trimPeriod(rp.strip()));
  }

  private static List<String> splitNames(String names) {
    List<String> out = new ArrayList<>();
    for (String n : names.split(";")) {
      String t = n.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  static String trimPeriod(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t.isEmpty() ? null : t;
  }
}
