package org.acta.core.application.dashboard;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The unit dictionary as a tree of codes, for rolling a unit's counts up into every unit above
 * it. A unit has at most a few hundred rows, so the whole tree is read at once.
 */
final class UnitTree {
  private final Map<String, String> parents;
  private final Map<String, List<String>> chains = new HashMap<>();

  UnitTree(Map<String, String> parents) {
    this.parents = Map.copyOf(parents);
  }

  /** The tree as the {@code unit} table holds it now. */
  static UnitTree read(Connection c) throws SQLException {
    Map<String, String> parents = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT u.code, p.code FROM unit u"
            + " LEFT JOIN unit p ON p.id = u.parent_id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String parent = rs.getString(2);
        if (parent != null) {
          parents.put(rs.getString(1), parent);
        }
      }
    }
    return new UnitTree(parents);
  }

  /** The parent's code, or null for a top unit or a code the dictionary does not know. */
  String parent(String code) {
    return parents.get(code);
  }

  /** The unit and every unit above it, nearest first. */
  List<String> selfAndAncestors(String code) {
    return chains.computeIfAbsent(code, start -> {
      List<String> chain = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      // a cycle cannot come from the table's foreign key, but a chain must end whatever happens
      for (String at = start; at != null && seen.add(at); at = parents.get(at)) {
        chain.add(at);
      }
      return List.copyOf(chain);
    });
  }
}
