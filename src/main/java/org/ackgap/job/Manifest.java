package org.ackgap.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.ackgap.Parameters;
import org.ackgap.Stance;
import org.ackgap.report.ReportData.InputCount;

/**
 * The record of one run: inputs with SHA-256 and row counts, parameters, version, duration.
 * Times live here and nowhere in the tables, so that the tables of two runs compare byte for byte.
 */
record Manifest(String version, Options options, Instant started, Duration duration,
    Parameters parameters, List<InputCount> inputs, long afterAsOf, long positions, int topics) {

  /** Writes the manifest as JSON. */
  static void write(OutputStream out, Manifest m) throws IOException {
    try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      StringBuilder b = new StringBuilder(1024);
      b.append("{\n");
      field(b, "tool", "ackgap", true);
      field(b, "version", m.version(), true);
      field(b, "as_of", m.options().asOf().toString(), true);
      field(b, "started", m.started().toString(), true);
      b.append("  \"duration_seconds\": ")
          .append(String.format(Locale.ROOT, "%.3f", m.duration().toNanos() / 1e9)).append(",\n");
      field(b, "input", m.options().input().toAbsolutePath().normalize().toString(), true);
      field(b, "output", m.options().output().toAbsolutePath().normalize().toString(), true);
      b.append("  \"evaluate\": ").append(m.options().evaluate()).append(",\n");
      b.append("  \"threads\": ").append(m.options().threads()).append(",\n");
      b.append("  \"parameters\": {\"threshold\": ").append(m.parameters().threshold());
      for (Stance s : Stance.values()) {
        b.append(", \"weight.").append(s.label()).append("\": ").append(m.parameters().weight(s));
      }
      b.append("},\n");
      b.append("  \"topics\": ").append(m.topics()).append(",\n");
      b.append("  \"positions\": ").append(m.positions()).append(",\n");
      b.append("  \"statements_after_as_of\": ").append(m.afterAsOf()).append(",\n");
      b.append("  \"inputs\": [");
      for (int i = 0; i < m.inputs().size(); i++) {
        InputCount c = m.inputs().get(i);
        b.append(i == 0 ? "\n" : ",\n").append("    {");
        b.append("\"file\": ").append(quote(c.file()));
        b.append(", \"sha256\": ").append(quote(c.sha256()));
        b.append(", \"rows_read\": ").append(c.read());
        b.append(", \"rows_used\": ").append(c.used());
        b.append(", \"rows_rejected\": ").append(c.rejected()).append('}');
      }
      b.append("\n  ]\n}\n");
      w.write(b.toString());
    }
  }

  private static void field(StringBuilder b, String name, String value, boolean comma) {
    b.append("  ").append(quote(name)).append(": ").append(quote(value))
        .append(comma ? ",\n" : "\n");
  }

  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** Returns the SHA-256 of a file, hex. */
  static String sha256(Path file) throws IOException {
    try (InputStream in = new DigestInputStream(Files.newInputStream(file),
        MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
