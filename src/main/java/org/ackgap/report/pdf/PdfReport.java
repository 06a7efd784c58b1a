package org.ackgap.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.ackgap.Reject;
import org.ackgap.Side;
import org.ackgap.Stance;
import org.ackgap.Status;
import org.ackgap.TopicScore;
import org.ackgap.report.ChangeText;
import org.ackgap.report.ReportData;
import org.ackgap.report.ReportData.InputCount;
import org.ackgap.report.ReportData.StatementRow;
import org.ackgap.report.chart.Charts;
import org.ackgap.report.chart.Formats;
import org.ackgap.report.chart.HistoryChart;
import org.ackgap.report.chart.Palette;
import org.ackgap.report.chart.ReportFonts.Face;
import org.ackgap.report.chart.StanceMatrix;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jfree.chart.JFreeChart;

/**
 * Writes report.pdf: a title page with the executive summary, the table of all topics, the
 * overview charts, one section per top topic (claim, timeline, statements) and the method and
 * data-quality pages. Charts are vectors with real text; every font is embedded (DejaVu).
 */
public final class PdfReport {

  /** Summary-table rows beyond which the remaining topics are only counted. */
  static final int MAX_TABLE_ROWS = 300;
  /** How much of a statement's text a table row shows. */
  static final int MAX_STATEMENT_CHARS = 700;
  /** Topics whose changes the summary tells; changes.csv has them all. */
  static final int MAX_SINCE = 12;

  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z]+://");

  private static final float BODY = 9.5f;
  private static final float SMALL = 8f;
  /** The room a topic section needs to start on a page: heading, figures, timeline, a statement. */
  private static final float TOPIC_START = 540f;
  /** The layout width charts are drawn at before being scaled into the text column. */
  private static final float CHART_LAYOUT_W = 600f;

  private final ReportData data;
  private final Layout out;

  private PdfReport(ReportData data, Layout out) {
    this.data = data;
    this.out = out;
  }

  /**
   * Writes the whole report as PDF to a stream, which stays open.
   *
   * @throws IOException if the stream fails
   */
  public static void write(ReportData data, OutputStream stream) throws IOException {
    write(data, stream, new PdfFonts());
  }

  /**
   * Writes the whole report as PDF to a stream, which stays open, with faces another thread may
   * be parsing ahead.
   *
   * @throws IOException if the stream fails
   */
  public static void write(ReportData data, OutputStream stream, PdfFonts fonts)
      throws IOException {
    try (PDDocument doc = new PDDocument(); Layout layout = new Layout(doc, fonts)) {
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle("The acknowledgement gap, as of " + Formats.longDay(data.asOf()));
      info.setCreator("ackgap " + data.version());
      info.setSubject("Acknowledgement gap per topic");
      new PdfReport(data, layout).build();
      layout.finish();
      addFooters(doc, layout, data);
      doc.getDocument().getTrailer().setItem(COSName.ID, fileIdentifier(data));
      doc.save(stream);
    }
  }

  /**
   * Returns the file identifier (the trailer's ID, PDF 32000 14.4) as a digest of what the report
   * is drawn from: ackgap's version, the as-of date, the parameters and every input file's
   * SHA-256 and counts. PDFBox's own is drawn from the clock, and made two runs over the same
   * input differ in those bytes alone.
   */
  private static COSArray fileIdentifier(ReportData data) {
    StringBuilder what = new StringBuilder();
    what.append(data.version()).append('\n').append(data.asOf()).append('\n')
        .append(data.parameters().threshold());
    for (Stance st : Stance.values()) { // not the weights' map: its order changes between runs
      what.append(' ').append(data.parameters().weight(st));
    }
    what.append('\n');
    for (InputCount c : data.inputs()) {
      what.append(c.file()).append(' ').append(c.sha256()).append(' ').append(c.read())
          .append(' ').append(c.used()).append(' ').append(c.rejected()).append('\n');
    }
    byte[] digest;
    try {
      digest = MessageDigest.getInstance("SHA-256")
          .digest(what.toString().getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    COSString id = new COSString(Arrays.copyOf(digest, 16));
    COSArray ids = new COSArray();
    ids.add(id);
    ids.add(id);
    return ids;
  }

  /**
   * Writes the whole report as PDF to a file.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(ReportData data, Path file) throws IOException {
    try (OutputStream stream = Files.newOutputStream(file)) {
      write(data, stream);
    }
  }

  private void build() throws IOException {
    titlePage();
    executiveSummary();
    summaryTable();
    charts();
    List<TopicScore> top = Charts.topTopics(data);
    PDOutlineItem topics = null;
    for (int i = 0; i < top.size(); i++) {
      // a topic follows the previous one's last statements when its heading, timeline and first
      // statements fit under them: a page holding a section's last row or two is not left empty
      if (i == 0 || out.room() < TOPIC_START) {
        out.newPage();
      } else {
        out.down(22);
        out.rule(Palette.ACCENT, 1.2f, out.left(), out.y() + 12, out.left() + out.width(), out.y() + 12);
      }
      if (topics == null) {
        topics = out.bookmark("Topics", null);
      }
      topicSection(i + 1, top.get(i), topics);
    }
    methodology();
  }

  // ---------------------------------------------------------------- title and summary

  private void titlePage() throws IOException {
    out.newPage();
    out.bookmark("Title and key figures", null);
    float x = out.left();
    float w = out.width();
    out.fill(Palette.ACCENT, 0, out.page().getMediaBox().getHeight() - 10, out.page().getMediaBox().getWidth(), 10);
    out.down(40);
    out.text("ACKGAP BRIEF", Face.BOLD, 10, Palette.ACCENT, x, out.y());
    out.down(38);
    out.text("The acknowledgement gap", Face.BOLD, 28, Palette.INK, x, out.y());
    out.down(26);
    out.text("What third parties confirm and the subject side has not acknowledged",
        Face.REGULAR, 13, Palette.MUTED, x, out.y());
    out.down(24);
    out.text("As of " + Formats.longDay(data.asOf()), Face.BOLD, 13, Palette.INK, x, out.y());
    out.down(30);

    // key figures in a row of panels; statements dated after the as-of date are not in scope
    long statements = data.statementsInScope();
    String span = data.span()
        .map(s -> "Statements in scope are dated on or before the as-of date, "
            + Formats.day(s.first()) + " – " + Formats.day(s.last()) + ".")
        .orElse("No statement is dated on or before the as-of date.");
    String[][] figures = {
        {Integer.toString(data.topics().size()), "topics"},
        {Integer.toString(data.sources().size()), "sources"},
        {Long.toString(statements), "statements in scope"},
        {Long.toString(data.rejectedRows()), "rows rejected"}};
    float panelW = (w - 3 * 8) / 4;
    float panelH = 54;
    float top = out.y();
    for (int i = 0; i < figures.length; i++) {
      float px = x + i * (panelW + 8);
      out.fill(Palette.PANEL, px, top - panelH, panelW, panelH);
      out.text(figures[i][0], Face.BOLD, 22, Palette.INK, px + 10, top - 28);
      out.text(figures[i][1], Face.REGULAR, 9, Palette.MUTED, px + 10, top - 44);
    }
    out.moveTo(top - panelH - 5);
    long later = data.statementsAfterAsOf();
    out.paragraph(span + (later == 0 ? "" : " " + later + (later == 1 ? " statement" : " statements")
            + " dated later " + (later == 1 ? "is" : "are") + " left out."),
        Face.REGULAR, BODY, Palette.INK, x, w, 13);
    out.down(20);

    // the tally of statuses, each a badge with its count
    Map<Status, Integer> tally = new EnumMap<>(Status.class);
    data.scores().forEach(s -> tally.merge(s.status(), 1, Integer::sum));
    float bx = x;
    for (Status s : List.of(Status.DENIED, Status.SILENT, Status.EVASIVE, Status.UNCONFIRMED, Status.ACKNOWLEDGED)) {
      int n = tally.getOrDefault(s, 0);
      float bw = badge(s, bx, out.y());
      out.text(Integer.toString(n), Face.BOLD, 10, Palette.INK, bx + bw + 4, out.y());
      bx += bw + 4 + out.widthOf(Integer.toString(n), Face.BOLD, 10) + 14;
    }
    out.down(26);
    out.paragraph("The gap score runs from 0 to 100: how strongly independent third parties confirm a claim "
        + "(confirmation, 0 to 1) times whether the state the claim is about has acknowledged it through its "
        + "own media and officials (acknowledgement, 0 or 1). A high score marks a claim that others confirm "
        + "and the subject side leaves unacknowledged. The method and the parameters in force are on the last "
        + "pages.", Face.REGULAR, BODY, Palette.INK, x, w, 13.5f);
    out.down(10);
  }

  private void executiveSummary() throws IOException {
    float x = out.left();
    float w = out.width();
    List<TopicScore> top = Charts.topTopics(data);
    out.ensure(80);
    heading("Executive summary", null);
    if (data.since().isPresent()) {
      since(data.since().get());
    }
    String scope = top.size() < data.scores().size()
        ? "The " + top.size() + " topics with the largest gaps, of " + data.scores().size()
            + "; the table that follows lists every topic."
        : "Every topic, ranked by gap score.";
    out.paragraph(scope, Face.REGULAR, BODY, Palette.MUTED, x, w, 13);
    out.down(6);
    float textX = x + 96;
    float textW = w - 96;
    for (int i = 0; i < top.size(); i++) {
      TopicScore s = top.get(i);
      List<String> title = out.wrap((i + 1) + ". " + s.topic().title(), Face.BOLD, 10, textW - 50);
      List<String> sentence = out.wrap(Sentences.summary(data, s), Face.REGULAR, 9, textW);
      float h = title.size() * 13 + sentence.size() * 12 + 10;
      out.ensure(h);
      float top0 = out.y();
      badge(s.status(), x, top0 - 11);
      out.text("gap " + Formats.number(s.gapScore(), 1), Face.REGULAR, 8.5f, Palette.MUTED, x, top0 - 25);
      for (String line : title) {
        out.down(13);
        out.text(line, Face.BOLD, 10, Palette.INK, textX, out.y() + 2);
      }
      for (String line : sentence) {
        out.down(12);
        out.text(line, Face.REGULAR, 9, Palette.INK, textX, out.y() + 2);
      }
      out.moveTo(Math.min(out.y(), top0 - 28) - 10);
      out.rule(Palette.PANEL, 0.6f, x, out.y() + 5, x + w, out.y() + 5);
    }
  }

  /** Opens the summary with what changed since the previous run (SPEC §7), in sentences. */
  private void since(ReportData.Since since) throws IOException {
    float x = out.left();
    float w = out.width();
    String when = Formats.day(since.previousAsOf());
    List<String> sentences = ChangeText.sentences(since.changes(), data.sources());
    if (sentences.isEmpty()) {
      out.paragraph("No change since " + when + ", the previous run.", Face.BOLD, BODY,
          Palette.INK, x, w, 13);
      out.down(8);
      return;
    }
    out.paragraph("Since " + when + ", the previous run:", Face.BOLD, BODY, Palette.INK, x, w, 13);
    out.down(2);
    int shown = Math.min(MAX_SINCE, sentences.size());
    for (String sentence : sentences.subList(0, shown)) {
      out.paragraph("• " + sentence, Face.REGULAR, BODY, Palette.INK, x + 8, w - 8, 12.5f);
    }
    if (shown < sentences.size()) {
      out.paragraph((sentences.size() - shown) + " more topics changed: see changes.csv.",
          Face.REGULAR, SMALL, Palette.MUTED, x + 8, w - 8, 11);
    }
    out.down(8);
  }

  private void summaryTable() throws IOException {
    // after a short summary the table follows on the same page, not on a page of its own
    if (out.room() < 220) {
      out.newPage();
    } else {
      out.down(18);
    }
    heading("All topics", null);
    int shown = Math.min(MAX_TABLE_ROWS, data.scores().size());
    out.paragraph("Sorted by gap score. C: confirmation by third parties (0–1); A: acknowledgement by the "
        + "subject side (0 or 1); days: from first confirmation to acknowledgement or to the as-of date; "
        + "3rd / subj.: third-party statements taking a stance / all subject-side statements; omission: "
        + "share of subject-side statements that leave the claim out.",
        Face.REGULAR, SMALL, Palette.MUTED, out.left(), out.width(), 11);
    out.down(8);
    Table table = new Table(out, new String[] {"#", "Topic", "Status", "Gap", "C", "A",
        "First confirmed", "Ack. on", "Days", "3rd", "Subj.", "Omission"},
        new float[] {16, 96, 72, 34, 24, 14, 52, 52, 26, 22, 28, 45},
        new boolean[] {true, false, false, true, true, true, false, false, true, true, true, true});
    table.header();
    for (int i = 0; i < shown; i++) {
      TopicScore s = data.scores().get(i);
      table.row(new String[] {Integer.toString(i + 1), s.topic().title(), "", Formats.number(s.gapScore(), 1),
          Formats.number(s.confirmation(), 2), Formats.number(s.acknowledgement(), 0),
          s.firstConfirmed().map(Formats::day).orElse("–"), s.acknowledgedOn().map(Formats::day).orElse("–"),
          s.daysUnacknowledged().isPresent() ? Long.toString(s.daysUnacknowledged().getAsLong()) : "–",
          Integer.toString(s.thirdPartyStatements()), Integer.toString(s.subjectStatements()),
          percent(s.omissionRate())}, s.status(), 2);
    }
    if (shown < data.scores().size()) {
      out.down(6);
      out.paragraph((data.scores().size() - shown) + " more topics are listed in gap_scores.csv.",
          Face.REGULAR, SMALL, Palette.MUTED, out.left(), out.width(), 11);
    }
  }

  private void charts() throws IOException {
    int bars = Charts.topTopics(data).size();
    int confirmed = (int) Charts.topTopics(data).stream().filter(s -> s.daysUnacknowledged().isPresent()).count();
    // each chart follows on the page when it fits there whole, so no page is left mostly empty
    float gapH = scaledBarHeight(bars) * out.width() / CHART_LAYOUT_W;
    if (out.room() < gapH + 80) {
      out.newPage();
    } else {
      out.down(18);
    }
    PDOutlineItem parent = out.bookmark("Charts", null);
    heading("Gap by topic", parent);
    fitChart(untitled(Charts.createGapChart(data)), CHART_LAYOUT_W, scaledBarHeight(bars));
    out.down(16);
    float daysH = scaledBarHeight(confirmed) * out.width() / CHART_LAYOUT_W;
    if (out.room() < daysH + 60) {
      out.newPage();
    }
    heading("Days unacknowledged", parent);
    fitChart(untitled(Charts.createDaysChart(data)), CHART_LAYOUT_W, scaledBarHeight(confirmed));
    history(parent);
    stanceMatrix(parent);
  }

  /** The heading's height with the space above and under it (see {@link #heading}). */
  private static final float HEADING_H = 34;
  /** The smallest matrix text, in points, that may share a page with the charts above it. */
  private static final float SHARED_MATRIX_TEXT = 8f;

  /**
   * Draws the stance matrix at the largest text size that fits: on this page under the charts
   * when it fits there with text of at least {@link #SHARED_MATRIX_TEXT}, else on a page of its
   * own, portrait or landscape, whichever lets its text be larger.
   */
  private void stanceMatrix(PDOutlineItem parent) throws IOException {
    StanceMatrix matrix = Charts.createStanceMatrix(data);
    out.down(16);
    StanceMatrix here = matrix.sizedFor(out.width(), out.room() - HEADING_H);
    if (!(fits(here, out.width(), out.room() - HEADING_H) && here.textSize() >= SHARED_MATRIX_TEXT)) {
      float portraitRoom = Layout.PORTRAIT.getHeight() - Layout.TOP_MARGIN - Layout.BOTTOM_MARGIN - HEADING_H;
      float landscapeRoom = Layout.LANDSCAPE.getHeight() - Layout.TOP_MARGIN - Layout.BOTTOM_MARGIN - HEADING_H;
      float portraitW = Layout.PORTRAIT.getWidth() - 2 * Layout.MARGIN;
      float landscapeW = Layout.LANDSCAPE.getWidth() - 2 * Layout.MARGIN;
      StanceMatrix portrait = matrix.sizedFor(portraitW, portraitRoom);
      StanceMatrix landscape = matrix.sizedFor(landscapeW, landscapeRoom);
      boolean wide = landscape.textSize() > portrait.textSize()
          && fits(landscape, landscapeW, landscapeRoom);
      out.newPage(wide ? Layout.LANDSCAPE : Layout.PORTRAIT);
      here = wide ? landscape : portrait;
    }
    heading("Stance by source and topic", parent);
    // laid out for this page at one to one; only a matrix too big even at the smallest text shrinks
    float scale = Math.min(1f, Math.min(out.width() / here.width(), out.room() / here.height()));
    out.chart(here, here.width(), here.height(), out.left(), here.width() * scale);
  }

  private static boolean fits(StanceMatrix m, float w, float h) {
    return m.width() <= w && m.height() <= h;
  }

  /** Draws the top topics' gap over the runs, once there are two runs to draw a line between. */
  private void history(PDOutlineItem parent) throws IOException {
    if (!HistoryChart.drawable(data)) {
      return;
    }
    float layoutH = HistoryChart.HEIGHT * CHART_LAYOUT_W / Charts.WIDTH;
    if (out.room() < layoutH * out.width() / CHART_LAYOUT_W + 60) {
      out.newPage();
    } else {
      out.down(16);
    }
    heading("Gap over the runs", parent);
    fitChart(untitled(HistoryChart.create(data)), CHART_LAYOUT_W, layoutH);
  }

  /** Returns the chart without its title, which the page's heading already gives. */
  private static JFreeChart untitled(JFreeChart chart) {
    chart.setTitle((String) null);
    return chart;
  }

  private static float scaledBarHeight(int bars) {
    return Charts.barChartHeight(bars) * 0.92f;
  }

  /** Draws a chart at the column width, or narrower when it would not fit the page's height. */
  private void fitChart(org.jfree.chart.ui.Drawable chart, float layoutW, float layoutH) throws IOException {
    float w = out.width();
    float room = out.room();
    if (layoutH * w / layoutW > room) {
      w = room * layoutW / layoutH;
    }
    out.chart(chart, layoutW, layoutH, out.left(), w);
  }

  // ---------------------------------------------------------------- topic sections

  private void topicSection(int rank, TopicScore s, PDOutlineItem parent) throws IOException {
    float x = out.left();
    float w = out.width();
    out.bookmark(rank + ". " + s.topic().title(), parent);
    out.text("TOPIC " + rank + " OF " + data.scores().size() + "  ·  " + s.topic().id(),
        Face.BOLD, 8, Palette.MUTED, x, out.y());
    out.down(6);
    for (String line : out.wrap(s.topic().title(), Face.BOLD, 17, w - 110)) {
      out.down(21);
      out.text(line, Face.BOLD, 17, Palette.INK, x, out.y());
    }
    badge(s.status(), x + w - out.widthOf(s.status().name(), Face.CONDENSED_BOLD, 9) - 12, out.y() + 2);
    out.down(6);
    out.paragraph("Claim: " + s.topic().claim(), Face.REGULAR, 10.5f, Palette.INK, x, w, 14);
    out.down(4);
    String figures = "Gap " + Formats.number(s.gapScore(), 1)
        + "   ·   confirmation " + Formats.number(s.confirmation(), 2)
        + "   ·   acknowledgement " + Formats.number(s.acknowledgement(), 0)
        + "   ·   first confirmed " + s.firstConfirmed().map(Formats::day).orElse("–")
        + "   ·   acknowledged " + s.acknowledgedOn().map(Formats::day).orElse("–")
        + "   ·   days unacknowledged "
        + (s.daysUnacknowledged().isPresent() ? s.daysUnacknowledged().getAsLong() : "–")
        + "   ·   omission " + percent(s.omissionRate())
        + "   ·   subjects " + String.join(", ", s.topic().subjects());
    out.paragraph(figures, Face.REGULAR, SMALL, Palette.MUTED, x, w, 11);
    out.down(4);
    out.paragraph(Sentences.summary(data, s), Face.REGULAR, BODY, Palette.INK, x, w, 13);
    out.down(6);

    JFreeChart timeline = Charts.createTimelineChart(data, s.topic().id());
    // the section's heading already names the topic and its figures; keep only the legend
    timeline.setTitle((String) null);
    for (Object t : List.copyOf(timeline.getSubtitles())) {
      if (t instanceof org.jfree.chart.title.TextTitle title) {
        timeline.removeSubtitle(title);
      }
    }
    float layoutH = CHART_LAYOUT_W * 0.52f;
    out.ensure(layoutH * w / CHART_LAYOUT_W);
    out.chart(timeline, CHART_LAYOUT_W, layoutH, x, w);
    out.down(14);
    statements(s);
  }

  private void statements(TopicScore s) throws IOException {
    List<StatementRow> rows = data.statements().getOrDefault(s.topic().id(), List.of());
    int omitted = data.omittedStatements().getOrDefault(s.topic().id(), 0);
    // room for the heading, the table's header and a first row of a long statement: a header
    // alone at a page's foot, its rows on the next page, read as an empty table
    out.ensure(rows.isEmpty() ? 60 : 160);
    out.text("Statements", Face.BOLD, 11, Palette.INK, out.left(), out.y());
    out.down(6);
    if (rows.isEmpty()) {
      out.paragraph("No statement on this topic as of " + Formats.day(data.asOf())
          + (omitted > 0 ? " is listed; " + omitted + " are in positions.csv." : "."),
          Face.REGULAR, BODY, Palette.MUTED, out.left(), out.width(), 13);
      return;
    }
    out.paragraph(rows.size() + (rows.size() == 1 ? " statement" : " statements") + " in date order"
        + (omitted > 0 ? "; " + omitted + " more are in positions.csv." : ".")
        + " Subject side: the state's own voices; stance as read on that side.",
        Face.REGULAR, SMALL, Palette.MUTED, out.left(), out.width(), 11);
    out.down(6);
    StatementTable table = new StatementTable(out, data);
    table.header();
    for (StatementRow r : rows) {
      table.row(r);
    }
  }

  // ---------------------------------------------------------------- method and data quality

  private void methodology() throws IOException {
    float x = out.left();
    float w = out.width();
    out.newPage();
    PDOutlineItem parent = out.bookmark("Method and data quality", null);
    heading("Method", parent);
    String threshold = Formats.number(data.parameters().threshold(), 2);
    section("Sides");
    para("A statement is on the subject side of a topic when its source's actor is one of the topic's "
        + "subjects and the source is one of the state's own voices (state media, officials, government, "
        + "military, intelligence). Every other statement is third party, including a subject country's "
        + "independent media and think tanks.");
    section("Stances");
    para("Each statement takes one stance toward each topic it belongs to: affirm (third party confirms; "
        + "subject side acknowledges), deny (disputes; denies), discuss (alleges or reports unverified; "
        + "deflects or evades) or none (does not address the claim; silent on it). An analyst's coded "
        + "stance wins over the classifier's.");
    section("Formulas, as of date D (statements after D are ignored)");
    String[] formulas = {
        "confirmation  C = 1 − Π_g ( 1 − max_s reliability(s) × weight(s) ), g over independence groups, s over the group's third-party statements",
        "acknowledgement  A = 1 when a subject-side statement affirms the claim, else 0",
        "gap score = 100 × C × (1 − A)",
        "first confirmed = the earliest date on which C ≥ threshold (" + threshold + ")",
        "acknowledged on = the earliest subject-side affirmation",
        "days unacknowledged = days from first confirmed to acknowledged on (or to D); 0 when acknowledged first",
        "omission rate = subject-side statements with stance none ÷ all subject-side statements",
        "status = ACKNOWLEDGED if A ≥ 0.5; else UNCONFIRMED if C < threshold; else by the latest "
            + "subject-side statement with a stance: deny → DENIED, discuss → EVASIVE (deny wins a tie of "
            + "dates); none at all → SILENT"};
    for (String f : formulas) {
      List<String> lines = out.wrap(f, Face.CONDENSED, 9, w - 14);
      out.ensure(lines.size() * 12 + 4);
      out.fill(Palette.PANEL, x, out.y() - lines.size() * 12 - 4, w, lines.size() * 12 + 4);
      for (String line : lines) {
        out.down(12);
        out.text(line, Face.CONDENSED, 9, Palette.INK, x + 7, out.y() + 1);
      }
      out.down(7);
    }
    section("Parameters in force");
    Table params = new Table(out, new String[] {"Parameter", "Value", "Meaning"},
        new float[] {120, 50, w - 170}, new boolean[] {false, true, false});
    params.header();
    params.row(new String[] {"threshold", threshold, "confirmation at or above which a claim counts as confirmed"}, null, -1);
    for (Stance st : Stance.values()) {
      params.row(new String[] {"weight of " + st.label(), Formats.number(data.parameters().weight(st), 2),
          st == Stance.NONE ? "third-party weight of a statement that leaves the claim out"
              : "third-party weight of a statement that "
                  + Formats.stanceReading(Side.THIRD_PARTY, st)}, null, -1);
    }
    // before the data quality, whose tables vary in length, so it never ends the report alone
    section("Typeface");
    para("Set in DejaVu Sans and DejaVu Sans Condensed, embedded as subsets (Bitstream Vera licence with "
        + "the Arev extensions, free to embed and redistribute); Arabic-script text is shaped and "
        + "right-to-left text set in reading order. A character the font lacks is printed as \uFFFD.");
    out.down(10);
    // a short data-quality part is kept whole, so its last rows never stand on a page alone
    float quality = 70 + 16 * (data.inputs().size() + 1) + 13 * data.warnings().size()
        + (data.rejects().isEmpty() ? 0 : 40 + 22 * (data.rejects().size() + 1));
    if (quality < 360) {
      out.ensure(quality);
    }
    heading("Data quality", parent);
    // nothing of the run's moment or duration (manifest.json has those): the same inputs as of
    // the same date give the same report, byte for byte, whatever the machine or thread count
    para("Run of ackgap " + data.version() + " as of " + Formats.day(data.asOf()) + ". "
        + data.rejectedRows() + " input rows were rejected; every one is listed with its reason in rejects.csv.");
    for (String warning : data.warnings()) {
      out.paragraph("Warning: " + warning, Face.BOLD, BODY, Palette.INK, out.left(), w, 13);
    }
    if (!data.warnings().isEmpty()) {
      out.down(6);
    }
    Table inputs = new Table(out,
        new String[] {"Input file", "Read", "Used", "Rejected", "Read as", "SHA-256 (start)"},
        new float[] {160, 42, 42, 50, 90, w - 384},
        new boolean[] {false, true, true, true, false, false});
    inputs.header();
    for (InputCount c : data.inputs()) {
      String readAs = c.encoding().isEmpty() ? "" : c.encoding() + ", "
          + (c.delimiter().equals("tab") ? "tab" : "'" + c.delimiter() + "'");
      inputs.row(new String[] {c.file(), Long.toString(c.read()), Long.toString(c.used()),
          Long.toString(c.rejected()), readAs, Formats.shorten(c.sha256(), 17)}, null, -1);
    }
    if (!data.rejects().isEmpty()) {
      out.down(10);
      section("First rejected rows" + (data.rejects().size() < data.rejectedRows()
          ? " (" + data.rejects().size() + " of " + data.rejectedRows() + ")" : ""));
      Table rejects = new Table(out, new String[] {"File", "Line", "Reason", "Record"},
          new float[] {90, 32, 170, w - 292}, new boolean[] {false, true, false, false});
      rejects.header();
      for (Reject r : data.rejects()) {
        rejects.row(new String[] {r.file(), Long.toString(r.line()), r.reason(),
            Formats.shorten(r.record(), 160)}, null, -1);
      }
    }
  }

  // ---------------------------------------------------------------- pieces

  private void heading(String title, PDOutlineItem parent) throws IOException {
    out.ensure(50);
    out.down(20);
    out.text(title, Face.BOLD, 16, Palette.INK, out.left(), out.y());
    if (parent != null) {
      out.bookmark(title, parent);
    }
    out.down(8);
    out.rule(Palette.ACCENT, 1.2f, out.left(), out.y(), out.left() + 40, out.y());
    out.down(6);
  }

  private void section(String title) throws IOException {
    // a section title never ends a page: keep room for a table header and a row under it
    out.ensure(80);
    out.down(14);
    out.text(title, Face.BOLD, 10.5f, Palette.ACCENT, out.left(), out.y());
    out.down(3);
  }

  private void para(String text) throws IOException {
    out.paragraph(text, Face.REGULAR, BODY, Palette.INK, out.left(), out.width(), 13);
    out.down(3);
  }

  /** Draws a status badge with its baseline at {@code baseline}; returns its width. */
  float badge(Status status, float x, float baseline) throws IOException {
    return badge(out, status, x, baseline);
  }

  static float badge(Layout out, Status status, float x, float baseline) throws IOException {
    String word = Formats.status(status);
    float size = 7.5f;
    float w = out.widthOf(word, Face.CONDENSED_BOLD, size) + 10;
    out.fill(Palette.status(status), x, baseline - 3.5f, w, 12.5f);
    if (status == Status.UNCONFIRMED || status == Status.ACKNOWLEDGED) {
      out.strokeRect(Palette.MUTED, 0.4f, x, baseline - 3.5f, w, 12.5f);
    }
    out.text(word, Face.CONDENSED_BOLD, size, Palette.onStatus(status), x + 5, baseline);
    return w;
  }

  private static String percent(OptionalDouble rate) {
    return rate.isPresent() ? Formats.percent(rate.getAsDouble()) : "–";
  }

  private static void addFooters(PDDocument doc, Layout layout, ReportData data) throws IOException {
    int total = doc.getNumberOfPages();
    String left = "ackgap " + data.version() + "  ·  the acknowledgement gap as of " + Formats.day(data.asOf());
    for (int i = 0; i < total; i++) {
      PDPage page = doc.getPage(i);
      float width = page.getMediaBox().getWidth();
      try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
        cs.setStrokingColor(Palette.RULE);
        cs.setLineWidth(0.5f);
        cs.moveTo(Layout.MARGIN, 40);
        cs.lineTo(width - Layout.MARGIN, 40);
        cs.stroke();
        String right = "page " + (i + 1) + " of " + total;
        cs.beginText();
        layout.setTextFont(cs, Face.REGULAR, 7.5f);
        cs.setNonStrokingColor(Palette.MUTED);
        cs.newLineAtOffset(Layout.MARGIN, 28);
        layout.showText(cs, Face.REGULAR, layout.safe(Face.REGULAR, left));
        cs.endText();
        float rw = layout.widthOf(right, Face.REGULAR, 7.5f);
        cs.beginText();
        layout.setTextFont(cs, Face.REGULAR, 7.5f);
        cs.newLineAtOffset(width - Layout.MARGIN - rw, 28);
        layout.showText(cs, Face.REGULAR, right);
        cs.endText();
      }
    }
  }

  /** Returns a URL as the short text a table shows for it: host and path, no scheme. */
  static String displayUrl(String url) {
    String s = url.strip();
    try {
      URI uri = URI.create(s);
      if (uri.getHost() != null) {
        String path = Optional.ofNullable(uri.getRawPath()).orElse("");
        String host = uri.getHost();
        s = (host.startsWith("www.") ? host.substring(4) : host) + path;
      }
    } catch (IllegalArgumentException e) {
      s = SCHEME.matcher(s).replaceFirst("");
    }
    return Formats.shorten(s, 60);
  }

  /** Returns whether a URL is one a reader's viewer can open as a link. */
  static boolean linkable(String url) {
    String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://");
  }
}
