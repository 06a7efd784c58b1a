package org.ackgap.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cron runs the job night after night into one output folder (SPEC §7): each run says on
 * standard output, in changes.csv and with --fail-on-change in its exit code what changed since
 * the report {@code latest} pointed at, and history.csv keeps one row per topic per run.
 */
class ChangesSinceLastRunTest {

  private static final String HEADER = "topic_id,title,field,before,after";

  @TempDir Path tmp;
  Path input;
  Path output;

  @BeforeEach
  void copyMinimalInput() throws Exception {
    input = Fixtures.minimalInput(tmp.resolve("in"));
    output = tmp.resolve("out");
  }

  @Test
  void eachNightSaysWhatChangedSinceTheRunBefore() throws Exception {
    // the first run has nothing to compare with
    Run first = night("2025-03-01");
    assertEquals(0, first.code(), first.err());
    assertEquals("", first.out());
    assertEquals(List.of(HEADER), changes());

    // the subject side denies, third parties confirm, one topic is acknowledged at once
    Run second = night("2025-03-05");
    assertEquals(5, second.code(), second.err());
    assertEquals(List.of(HEADER,
        "dam-breach,Dam breach at Riverton,status,UNCONFIRMED,DENIED",
        "dam-breach,Dam breach at Riverton,gap_score,25.0,92.5",
        "dam-breach,Dam breach at Riverton,first_confirmed,,2025-03-04",
        "dam-breach,Dam breach at Riverton,subject_statement,,deny d2",
        "ship-seized,Tanker seized,status,UNCONFIRMED,SILENT",
        "ship-seized,Tanker seized,gap_score,0.0,70.0",
        "ship-seized,Tanker seized,first_confirmed,,2025-03-05",
        "early-ack,Early admission,status,UNCONFIRMED,ACKNOWLEDGED",
        "early-ack,Early admission,first_confirmed,,2025-03-05",
        "early-ack,Early admission,acknowledged_on,,2025-03-03",
        "early-ack,Early admission,subject_statement,,affirm e1"), changes());
    assertEquals(changes().size() - 1, lines(second.out()).size(), second.out());
    assertTrue(second.out().contains("dam-breach: status UNCONFIRMED -> DENIED\n"), second.out());
    assertTrue(second.out().contains("dam-breach: new subject-side statement d2 (deny) by aa-mfa"
        + " on 2025-03-02\n"), second.out());

    // cron ran twice the same night: nothing changed, nothing said, exit 0
    Run again = night("2025-03-05");
    assertEquals(0, again.code(), again.err());
    assertEquals("", again.out());
    assertEquals(List.of(HEADER), changes());

    // weeks later: the subject side acknowledges; small moves (none here) are not changes
    Run later = night("2025-03-31");
    assertEquals(5, later.code(), later.err());
    assertEquals(List.of(HEADER,
        "ship-seized,Tanker seized,gap_score,70.0,88.0",
        "dam-breach,Dam breach at Riverton,status,DENIED,ACKNOWLEDGED",
        "dam-breach,Dam breach at Riverton,gap_score,92.5,0.0",
        "dam-breach,Dam breach at Riverton,acknowledged_on,,2025-03-20",
        "dam-breach,Dam breach at Riverton,subject_statement,,discuss d6",
        "dam-breach,Dam breach at Riverton,subject_statement,,deny d7",
        "dam-breach,Dam breach at Riverton,subject_statement,,affirm d8"), changes());
    assertEquals(7, lines(later.out()).size(), later.out());

    // back in time: compared with the report latest pointed at, the acknowledgement goes; no
    // statement is new, as the later report had them all
    Run back = night("2025-03-09");
    assertEquals(5, back.code(), back.err());
    assertEquals(List.of(HEADER,
        "dam-breach,Dam breach at Riverton,status,ACKNOWLEDGED,DENIED",
        "dam-breach,Dam breach at Riverton,gap_score,0.0,92.5",
        "dam-breach,Dam breach at Riverton,acknowledged_on,2025-03-20,"), changes());
    assertEquals(List.of("dam-breach: status ACKNOWLEDGED -> DENIED",
        "dam-breach: gap score 0.0 -> 92.5",
        "dam-breach: no longer acknowledged (was on 2025-03-20)"), lines(back.out()));

    // one row per topic per run, a re-run's rows replaced, in as-of order
    List<String> history = Files.readAllLines(output.resolve("history.csv"));
    assertEquals("as_of,topic_id,status,gap_score,confirmation,acknowledgement", history.get(0));
    assertEquals(1 + 4 * 3, history.size(), String.join("\n", history));
    assertEquals(List.of("2025-03-01", "2025-03-05", "2025-03-09", "2025-03-31"),
        history.stream().skip(1).map(r -> r.substring(0, 10)).distinct().toList());
    assertTrue(history.contains("2025-03-31,dam-breach,ACKNOWLEDGED,0.0,0.925,1.000"),
        String.join("\n", history));
    assertEquals(Files.readAllLines(output.resolve("2025-03-09/history.csv")), history);
  }

  @Test
  void withoutFailOnChangeAChangeStillExitsZero() throws Exception {
    assertEquals(0, Run.job(input, output, "2025-03-01").code());
    Run run = Run.job(input, output, "2025-03-31");
    assertEquals(0, run.code(), run.err());
    assertFalse(run.out().isEmpty());
  }

  @Test
  void quietKeepsStandardErrorForErrorsAlone() throws Exception {
    Run first = Run.job(input, output, "2025-03-01", "--quiet");
    assertEquals(0, first.code());
    assertEquals("", first.err());
    Run second = Run.job(input, output, "2025-03-31", "--quiet", "--fail-on-change");
    assertEquals(5, second.code());
    assertEquals("", second.err());
    assertTrue(second.out().contains("dam-breach: status UNCONFIRMED -> ACKNOWLEDGED\n"),
        second.out());
    // an error is still said
    Run bad = Run.job(tmp.resolve("no-such-folder"), output, "2025-03-31", "--quiet");
    assertEquals(3, bad.code());
    assertFalse(bad.err().isEmpty());
  }

  @Test
  void aStatementAddedLaterIsNewWhateverItsDateAndTopicsComeAndGo() throws Exception {
    assertEquals(0, Run.job(input, output, "2025-03-09").code());
    // an analyst codes an older denial, and a new topic with it; a topic is dropped, and its two
    // statements with it (rejected: more than the default share of the file's rows)
    Files.writeString(input.resolve("ackgap.properties"), "max_reject_share = 0.5\n",
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    Files.writeString(input.resolve("topics.csv"), String.join("\n",
        "topic_id,title,claim,subjects",
        "dam-breach,Dam breach at Riverton,Engineers of country A breached the Riverton dam,AA",
        "ship-seized,Tanker seized,Country A's navy seized the tanker Meridian,AA",
        "drone-base,Drone base,Country A hosts a drone base,AA", ""));
    Files.writeString(input.resolve("statements.csv"), String.join("\n",
        "x1,2025-03-02,aa-news,ship-seized,State news called the tanker story a fabrication.,,denies",
        "x2,2025-03-03,aa-mfa,drone-base,The ministry denied hosting any drone base.,,denies", ""),
        StandardOpenOption.APPEND);
    Run run = Run.job(input, output, "2025-03-09", "--fail-on-change");
    assertEquals(5, run.code(), run.err());
    List<String> changes = changes();
    assertTrue(changes.contains("ship-seized,Tanker seized,status,SILENT,DENIED"),
        String.join("\n", changes));
    assertTrue(changes.contains("ship-seized,Tanker seized,subject_statement,,deny x1"),
        String.join("\n", changes));
    assertTrue(changes.contains("drone-base,Drone base,topic,absent,present"),
        String.join("\n", changes));
    assertTrue(changes.contains("drone-base,Drone base,subject_statement,,deny x2"),
        String.join("\n", changes));
    assertEquals("early-ack,Early admission,topic,present,absent",
        changes.get(changes.size() - 1));
  }

  @Test
  void theBriefOpensWithWhatChanged() throws Exception {
    assertEquals(0, Run.job(input, output, "2025-03-09").code());
    assertEquals(0, Run.job(input, output, "2025-03-31").code());
    String text = pdfText();
    assertTrue(text.contains("Since 9 Mar 2025, the previous run:"), text);
    assertTrue(text.contains("A Foreign Ministry acknowledged dam-breach on 20 Mar 2025"), text);
    assertTrue(text.contains("Gap over the runs"), text);
    assertTrue(Files.exists(output.resolve("latest/history.png")));

    assertEquals(0, Run.job(input, output, "2025-03-31").code());
    text = pdfText();
    assertTrue(text.contains("No change since 31 Mar 2025, the previous run."), text);
  }

  private String pdfText() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(output.resolve("latest/report.pdf").toFile())) {
      // the brief wraps its sentences: compare words, not lines
      return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }
  }

  private Run night(String asOf) {
    return Run.job(input, output, asOf, "--fail-on-change");
  }

  private List<String> changes() throws Exception {
    return Files.readAllLines(output.resolve("latest/changes.csv"));
  }

  private static List<String> lines(String out) {
    return out.isEmpty() ? List.of() : List.of(out.split("\n"));
  }
}
