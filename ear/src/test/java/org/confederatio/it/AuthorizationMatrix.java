package org.confederatio.it;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table of {@link AuthorizationMatrixIT}, read from its text, and checked against the
 * operations the live {@code /openapi} document lists. Kept apart from the HTTP calls so that a
 * test can prove, on a synthetic operation, that a missing or a stale row is reported.
 *
 * <p>A row is {@code METHOD /path/template} followed by one code per caller: {@code +} allowed (any
 * answer below 500 that is not 401, 403 or 404: a 400 for an empty body means the call passed the
 * guard), {@code -} refused (401 or 403), {@code 0} hidden (404, as for something unknown), and
 * {@code !} a known defect, whose wrong outcome today is written in {@code KNOWN_DEFECTS}.
 */
final class AuthorizationMatrix {

  /** The codes a cell may hold. */
  static final String CODES = "+-0!";

  /** One operation of the API: a method and its path template. */
  record Operation(String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private AuthorizationMatrix() {}

  /** Every operation the OpenAPI document lists under {@code /api}, in its order. */
  static Set<Operation> operations(JsonObject openApi) {
    Set<Operation> operations = new LinkedHashSet<>();
    JsonObject paths = openApi.getJsonObject("paths");
    for (String path : paths.keySet()) {
      if (!path.startsWith("/api/") && !path.equals("/api")) {
        continue;
      }
      for (String method : paths.getJsonObject(path).keySet()) {
        if (List.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
          operations.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path));
        }
      }
    }
    return operations;
  }

  /**
   * The rows of the table, in its order (which is the order the calls are made in). Blank lines and
   * lines starting with {@code #} are comments; a malformed or repeated row is an error.
   */
  static Map<Operation, String> rows(String table, int callers) {
    Map<Operation, String> rows = new LinkedHashMap<>();
    int number = 0;
    for (String line : table.split("\n")) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      String[] words = text.split("\\s+");
      if (words.length != 2 + callers) {
        throw new IllegalArgumentException(
            "row "
                + number
                + " has "
                + (words.length - 2)
                + " codes, not "
                + callers
                + ": "
                + text);
      }
      StringBuilder codes = new StringBuilder();
      for (int i = 2; i < words.length; i++) {
        if (words[i].length() != 1 || CODES.indexOf(words[i].charAt(0)) < 0) {
          throw new IllegalArgumentException(
              "row " + number + ": '" + words[i] + "' is none of " + CODES + ": " + text);
        }
        codes.append(words[i]);
      }
      Operation operation = new Operation(words[0], words[1]);
      if (rows.put(operation, codes.toString()) != null) {
        throw new IllegalArgumentException("row " + number + " repeats " + operation);
      }
    }
    return rows;
  }

  /**
   * What makes the table untrue to the API: an operation without a row (a new endpoint nobody wrote
   * the outcomes of) and a row without an operation (an endpoint that was removed or moved).
   */
  static List<String> untrue(Set<Operation> live, Set<Operation> table) {
    List<String> problems = new ArrayList<>();
    for (Operation operation : live) {
      if (!table.contains(operation)) {
        problems.add("no row for " + operation + ": write down who may call it");
      }
    }
    for (Operation operation : table) {
      if (!live.contains(operation)) {
        problems.add("a row for " + operation + ", which /openapi does not list");
      }
    }
    return problems;
  }

  /** The code of an answer; a server error has none and fails wherever it appears. */
  static char outcome(int status) {
    if (status >= 500) {
      return 'E';
    }
    return switch (status) {
      case 401, 403 -> '-';
      case 404 -> '0';
      default -> '+';
    };
  }
}
