package org.confederatio.web.designation;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.confederatio.failure.Invalid;
import org.confederatio.failure.Refusal;
import org.confederatio.web.language.Formats;
import org.confederatio.web.language.Messages;

/**
 * Answers a designation form beside the field at fault, in the reader's language and in percent:
 * the form's own problems ({@link SplitCheck}) before the service is asked, and the service's
 * refusal (A2) after. The error summary names the row ("Row 2: ..."); the message beside the field
 * needs no row. A form's rows are a {@code ui:repeat} with the id {@code rows}.
 */
final class DesignationMessages {

  private static final Pattern SHARE =
      Pattern.compile("shares\\[(\\d+)]\\.(recipient|basisPoints)");

  private DesignationMessages() {}

  /** Shows every problem of the rows as typed; true when there is none. */
  static boolean check(
      FacesContext faces, Messages messages, Formats formats, String form, List<ShareRow> rows) {
    List<SplitCheck.Problem> problems = SplitCheck.check(rows);
    for (SplitCheck.Problem p : problems) {
      // a sum is a percentage, written as the reader's locale writes one
      Object[] arguments =
          Arrays.stream(p.arguments())
              .map(a -> a instanceof BigDecimal d ? formats.decimalRate(d.movePointLeft(2)) : a)
              .toArray();
      String text = messages.format(p.key(), arguments);
      add(faces, messages, form, p.row(), p.field(), text);
    }
    return problems.isEmpty();
  }

  /**
   * Shows the service's refusal of the rows. Its field names a filled row ({@code
   * shares[1].recipient}, counting only filled rows, as {@link ShareRow#inputs} sends them); the
   * sentence is the bundle's, since the service words its refusals in English for the API.
   */
  static void show(
      FacesContext faces, Messages messages, String form, List<ShareRow> rows, Refusal refusal) {
    if (!(refusal instanceof Invalid invalid)) {
      faces.addMessage(null, error(messages.get("designation.error.refused"), null));
      return;
    }
    List<Integer> filled =
        IntStream.range(0, rows.size()).filter(i -> !rows.get(i).isBlank()).boxed().toList();
    int last = filled.isEmpty() ? 0 : filled.get(filled.size() - 1);
    for (Invalid.Violation v : invalid.violations()) {
      Matcher share = SHARE.matcher(v.field());
      if (share.matches()) {
        int k = Integer.parseInt(share.group(1));
        int row = k < filled.size() ? filled.get(k) : last;
        boolean recipient = share.group(2).equals("recipient");
        add(
            faces,
            messages,
            form,
            row,
            recipient ? SplitCheck.Field.RECIPIENT : SplitCheck.Field.PERCENT,
            messages.get(
                recipient ? "designation.error.recipientRefused" : "designation.error.refused"));
      } else if (v.field().equals("shares")) {
        add(
            faces,
            messages,
            form,
            last,
            SplitCheck.Field.PERCENT,
            messages.get("designation.error.refused"));
      } else if (v.field().equals("madeOn")) {
        String text = messages.get("designation.error.madeOn");
        faces.addMessage(form + ":madeOn", error(text, text));
      } else {
        faces.addMessage(null, error(messages.get("designation.error.refused"), null));
      }
    }
  }

  private static void add(
      FacesContext faces,
      Messages messages,
      String form,
      int row,
      SplitCheck.Field field,
      String text) {
    String id =
        form + ":rows:" + row + ":" + (field == SplitCheck.Field.PERCENT ? "percent" : "recipient");
    String where = messages.format("designation.error.where", row + 1);
    faces.addMessage(id, error(where + " " + text, text));
  }

  /** The summary for the error summary at the top, the detail for the message beside the field. */
  private static FacesMessage error(String summary, String detail) {
    return new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail);
  }
}
