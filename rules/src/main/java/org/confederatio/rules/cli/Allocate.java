package org.confederatio.rules.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.confederatio.rules.api.allocation.Aggregation;
import org.confederatio.rules.api.allocation.Allocation;
import org.confederatio.rules.api.allocation.AllocationPolicy;
import org.confederatio.rules.api.allocation.Apportionment;
import org.confederatio.rules.api.allocation.Designation;
import org.confederatio.rules.api.allocation.Recipient;
import org.confederatio.rules.api.allocation.RecipientTable;
import org.confederatio.rules.api.allocation.Share;
import org.confederatio.rules.api.allocation.UndesignatedReason;
import org.confederatio.rules.api.format.BadInput;
import org.confederatio.rules.api.format.PolicyFile;
import org.confederatio.rules.api.format.ReportFile;
import org.confederatio.rules.api.money.Money;
import org.confederatio.rules.api.notation.Notation;

/**
 * {@code allocate}: POLICY.json, A.csv and D.csv in, REPORT.json out.
 *
 * <p>The two files are read at once, each on its own core, into columns (arrays, not a map per
 * taxpayer), then joined on the taxpayer in id order. A file already in id order, as the server
 * exports it, is not sorted again; any other order gives the same report.
 */
final class Allocate {

  private Allocate() {}

  static String run(Path policyPath, Path assessmentsPath, Path designationsPath)
      throws BadInput, IOException {
    String policyFile = policyPath.getFileName().toString();
    AllocationPolicy policy = PolicyFile.read(policyFile, Files.readString(policyPath));
    RecipientTable table = new RecipientTable(policy);

    FutureTask<Designations> reading = new FutureTask<>(() -> Designations.read(designationsPath));
    Thread reader = new Thread(reading, "D.csv");
    reader.setDaemon(true);
    reader.start();
    Assessments taxes;
    Designations designations;
    try {
      taxes = Assessments.read(assessmentsPath); // a bad A.csv is reported before a bad D.csv
      designations = result(reading);
    } finally {
      reading.cancel(true);
    }

    Undesignated undesignated = new Undesignated();
    Aggregation aggregation = new Aggregation(policy, table, undesignated::add);
    // a merge of two lists in id order: the designations of people not assessed fall between
    List<String> unassessed = new ArrayList<>();
    int group = 0;
    for (int i = 0; i < taxes.ids.size(); i++) {
      int t = taxes.order[i];
      while (group < designations.groups() && designations.compare(group, taxes.ids, t) < 0) {
        unassessed.add(designations.taxpayer(group++));
      }
      List<Designation> made = List.of();
      if (group < designations.groups() && designations.compare(group, taxes.ids, t) == 0) {
        made = designations.of(group++, table);
      }
      aggregation.add(taxes.ids.get(t), taxes.cents[t], made);
    }
    while (group < designations.groups()) {
      unassessed.add(designations.taxpayer(group++));
    }
    unassessed.forEach(aggregation::addUnassessed);
    Allocation allocation = Apportionment.apportion(aggregation.finish());
    return ReportFile.json(allocation, undesignated);
  }

  /**
   * The taxpayers who designated nothing that counts, with the reason (A2), as the report lists
   * them; each entry is made as the report is written rather than kept for all of them at once.
   */
  private static final class Undesignated extends AbstractList<Map<String, Object>> {
    private final List<String> taxpayers = new ArrayList<>();
    private final List<UndesignatedReason> reasons = new ArrayList<>();

    void add(String taxpayer, UndesignatedReason reason) {
      taxpayers.add(taxpayer);
      reasons.add(reason);
    }

    @Override
    public Map<String, Object> get(int i) {
      return ReportFile.undesignatedTaxpayer(taxpayers.get(i), reasons.get(i));
    }

    @Override
    public int size() {
      return taxpayers.size();
    }
  }

  private static <T> T result(FutureTask<T> task) throws BadInput, IOException {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof BadInput bad) {
        throw bad;
      }
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * A.csv: {@code taxpayer,tax}, one row per taxpayer, as columns; {@code order} lists them by id
   * so that the report is the same for any row order.
   */
  private static final class Assessments {
    final Ids ids = new Ids();
    long[] cents = new long[1 << 12];
    int[] lines = new int[1 << 12];
    int[] order;
    private boolean ascending = true;

    static Assessments read(Path path) throws BadInput, IOException {
      String file = path.getFileName().toString();
      Assessments a = new Assessments();
      BadInput refused =
          Csv.read(
              path,
              "taxpayer,tax",
              row -> {
                String taxpayer = row.get(0);
                if (taxpayer.isEmpty()) {
                  throw new BadInput(file, row.line(), "taxpayer", "is empty");
                }
                long cents;
                try {
                  cents = Money.parse(row.get(1)).cents();
                } catch (IllegalArgumentException e) {
                  // kept, so that being assessed twice, checked before the tax, is found on it too
                  a.add(taxpayer, 0, row.line());
                  throw new BadInput(file, row.line(), "tax", e.getMessage());
                }
                a.add(taxpayer, cents, row.line());
              });
      a.order = a.ids.order(a.ascending);
      // a taxpayer assessed twice, reported at the second of their lines unless a bad row comes
      // earlier in the file (on the same line, being assessed twice is found first)
      int before = refused == null ? Integer.MAX_VALUE : refused.line();
      int twice = -1;
      for (int i = 1; i < a.order.length; i++) {
        int later = a.order[i];
        if (a.ids.compare(a.order[i - 1], later) == 0
            && a.lines[later] <= before
            && (twice < 0 || a.lines[later] < a.lines[a.order[twice]])) {
          twice = i;
        }
      }
      if (twice >= 0) {
        int first = twice;
        while (first > 0 && a.ids.compare(a.order[first - 1], a.order[twice]) == 0) {
          first--;
        }
        int later = a.order[twice];
        throw new BadInput(
            file,
            a.lines[later],
            "taxpayer",
            "'" + a.ids.get(later) + "' is already assessed on line " + a.lines[a.order[first]]);
      }
      if (refused != null) {
        throw refused;
      }
      return a;
    }

    private void add(String id, long taxCents, int line) {
      int size = ids.size();
      if (size == cents.length) {
        cents = Arrays.copyOf(cents, size * 2);
        lines = Arrays.copyOf(lines, size * 2);
      }
      ids.add(id);
      if (ascending && size > 0 && ids.compare(size - 1, size) >= 0) {
        ascending = false;
      }
      cents[size] = taxCents;
      lines[size] = line;
    }
  }

  /**
   * D.csv: {@code taxpayer,recipient,share_bp,made_on} as columns, grouped by taxpayer in id order.
   * A taxpayer's rows with the same {@code made_on} form one designation. Consecutive rows of one
   * taxpayer are a run and hold their id once; in a file out of id order one taxpayer may have
   * several runs, which the grouping joins in file order.
   */
  private static final class Designations {
    /** One id per run. */
    private final Ids runs = new Ids();

    /** The first row of each run (one more: the end). */
    private int[] runStarts = new int[(1 << 12) + 1];

    private int[] recipients = new int[1 << 12];
    private int[] shares = new int[1 << 12];
    private long[] days = new long[1 << 12];
    private int size;
    private boolean ascending = true;

    /** Each recipient named in the file once, so that a row costs no new object for it. */
    private final List<Recipient> named = new ArrayList<>();

    private final Map<String, Integer> index = new HashMap<>();

    /** Runs in id order, and where each taxpayer's runs start in it (one more: the end). */
    private int[] order;

    private int[] groupStarts;
    private int groups;

    static Designations read(Path path) throws BadInput, IOException {
      String file = path.getFileName().toString();
      Designations d = new Designations();
      BadInput refused =
          Csv.read(
              path,
              "taxpayer,recipient,share_bp,made_on",
              row -> {
                String taxpayer = row.get(0);
                if (taxpayer.isEmpty()) {
                  throw new BadInput(file, row.line(), "taxpayer", "is empty");
                }
                int recipient;
                try {
                  recipient = d.recipient(row.get(1));
                } catch (IllegalArgumentException e) {
                  throw new BadInput(file, row.line(), "recipient", e.getMessage());
                }
                int share;
                try {
                  share = Notation.integer(row.get(2), Integer.MIN_VALUE, Integer.MAX_VALUE);
                } catch (IllegalArgumentException e) {
                  throw new BadInput(
                      file, row.line(), "share_bp", e.getMessage() + " (basis points)");
                }
                long day;
                try {
                  day = Notation.date(row.get(3)).toEpochDay();
                } catch (IllegalArgumentException e) {
                  throw new BadInput(file, row.line(), "made_on", e.getMessage());
                }
                d.add(taxpayer, recipient, share, day);
              });
      if (refused != null) {
        throw refused;
      }
      d.runStarts[d.runs.size()] = d.size;
      d.order = d.runs.order(d.ascending);
      d.groupStarts = new int[d.order.length + 1];
      for (int i = 0; i < d.order.length; i++) {
        if (i == 0 || d.runs.compare(d.order[i], d.order[i - 1]) != 0) {
          d.groupStarts[d.groups++] = i;
        }
      }
      d.groupStarts[d.groups] = d.order.length;
      return d;
    }

    private int recipient(String id) {
      Integer known = index.get(id);
      if (known != null) {
        return known;
      }
      named.add(Recipient.of(id)); // validates it
      index.put(id, named.size() - 1);
      return named.size() - 1;
    }

    private void add(String taxpayer, int recipient, int share, long day) {
      if (size == recipients.length) {
        recipients = Arrays.copyOf(recipients, size * 2);
        shares = Arrays.copyOf(shares, size * 2);
        days = Arrays.copyOf(days, size * 2);
      }
      int run = runs.size();
      if (run == 0 || !runs.lastIs(taxpayer)) {
        if (run + 1 == runStarts.length) {
          runStarts = Arrays.copyOf(runStarts, runStarts.length * 2);
        }
        runs.add(taxpayer);
        runStarts[run] = size;
        if (ascending && run > 0 && runs.compare(run - 1, run) > 0) {
          ascending = false;
        }
      }
      recipients[size] = recipient;
      shares[size] = share;
      days[size] = day;
      size++;
    }

    int groups() {
      return groups;
    }

    String taxpayer(int group) {
      return runs.get(order[groupStarts[group]]);
    }

    int compare(int group, Ids ids, int i) {
      return runs.compare(order[groupStarts[group]], ids, i);
    }

    /** The taxpayer's designations by day, each with its shares in file order. */
    List<Designation> of(int group, RecipientTable table) {
      int count = 0;
      for (int r = groupStarts[group]; r < groupStarts[group + 1]; r++) {
        count += runStarts[order[r] + 1] - runStarts[order[r]];
      }
      int[] rows = new int[count];
      int k = 0;
      boolean oneDay = true;
      for (int r = groupStarts[group]; r < groupStarts[group + 1]; r++) {
        for (int row = runStarts[order[r]]; row < runStarts[order[r] + 1]; row++) {
          rows[k++] = row;
          oneDay &= days[row] == days[rows[0]];
        }
      }
      if (!oneDay) {
        rows =
            Arrays.stream(rows)
                .boxed()
                .sorted(Comparator.comparingLong(r -> days[r])) // stable: file order within a day
                .mapToInt(Integer::intValue)
                .toArray();
      }
      List<Designation> made = new ArrayList<>(1);
      List<Share> day = new ArrayList<>(rows.length);
      for (int i = 0; i < rows.length; i++) {
        int row = rows[i];
        day.add(new Share(named.get(recipients[row]), shares[row]));
        if (i + 1 == rows.length || days[rows[i + 1]] != days[row]) {
          made.add(table.designation(LocalDate.ofEpochDay(days[row]), day));
          day = new ArrayList<>(2);
        }
      }
      return made;
    }
  }

  /**
   * Taxpayer ids in one array of characters rather than a string each: a million ids are then three
   * objects, which the garbage collector never has to copy, instead of a million. Compared as
   * {@link String#compareTo} compares, character by character.
   */
  private static final class Ids {
    private char[] chars = new char[1 << 16];
    private int[] starts = new int[(1 << 12) + 1];
    private int size;

    int size() {
      return size;
    }

    void add(String id) {
      if (size + 1 == starts.length) {
        starts = Arrays.copyOf(starts, starts.length * 2);
      }
      int end = starts[size] + id.length();
      if (end > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(end, chars.length * 2));
      }
      id.getChars(0, id.length(), chars, starts[size]);
      starts[++size] = end;
    }

    String get(int i) {
      return new String(chars, starts[i], starts[i + 1] - starts[i]);
    }

    int compare(int i, int j) {
      return Arrays.compare(chars, starts[i], starts[i + 1], chars, starts[j], starts[j + 1]);
    }

    int compare(int i, Ids other, int j) {
      return Arrays.compare(
          chars, starts[i], starts[i + 1], other.chars, other.starts[j], other.starts[j + 1]);
    }

    /** Whether the id last added is {@code id}. */
    boolean lastIs(String id) {
      int from = starts[size - 1];
      if (starts[size] - from != id.length()) {
        return false;
      }
      for (int k = 0; k < id.length(); k++) {
        if (chars[from + k] != id.charAt(k)) {
          return false;
        }
      }
      return true;
    }

    /** The positions 0..size-1 in id order, equal ids in file order. */
    int[] order(boolean inOrder) {
      int[] order = new int[size];
      if (inOrder) {
        Arrays.setAll(order, i -> i);
        return order;
      }
      Integer[] boxed = new Integer[size];
      Arrays.setAll(boxed, i -> i);
      Arrays.sort(boxed, this::compare); // stable: equal ids keep file order
      for (int i = 0; i < size; i++) {
        order[i] = boxed[i];
      }
      return order;
    }
  }
}
