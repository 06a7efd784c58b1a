package org.ackgap.job;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
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
import org.ackgap.Parameters;
import org.ackgap.Stance;
import org.ackgap.report.ReportData.InputCount;

/**
 * The record of one run: inputs with SHA-256 and row counts, parameters, version, duration.
 * Times live here and nowhere in the tables, so that the tables of two runs compare byte for byte.
 */
record Manifest(String version, Options options, Instant started, Duration duration,
    Parameters parameters, List<InputCount> inputs, long afterAsOf, long positions, int topics,
    List<String> warnings, java.util.Optional<java.time.LocalDate> since, int changes) {

  /** Writes the manifest as JSON; the stream stays open. */
  void write(OutputStream out) throws IOException {
    JsonObject m = new JsonObject();
    m.addProperty("tool", "ackgap");
    m.addProperty("version", version);
    m.addProperty("as_of", options.asOf().toString());
    m.addProperty("started", started.toString());
    m.addProperty("duration_seconds", Math.round(duration.toNanos() / 1e6) / 1e3);
    m.addProperty("input", options.input().toAbsolutePath().normalize().toString());
    m.addProperty("output", options.output().toAbsolutePath().normalize().toString());
    m.addProperty("evaluate", options.evaluate());
    m.addProperty("threads", options.threads());
    JsonObject p = new JsonObject();
    p.addProperty("threshold", parameters.threshold());
    for (Stance s : Stance.values()) {
      p.addProperty("weight." + s.label(), parameters.weight(s));
    }
    m.add("parameters", p);
    m.addProperty("topics", topics);
    m.addProperty("positions", positions);
    m.addProperty("statements_after_as_of", afterAsOf);
    JsonArray files = new JsonArray();
    for (InputCount c : inputs) {
      JsonObject f = new JsonObject();
      f.addProperty("file", c.file());
      f.addProperty("sha256", c.sha256());
      f.addProperty("rows_read", c.read());
      f.addProperty("rows_used", c.used());
      f.addProperty("rows_rejected", c.rejected());
      if (!c.encoding().isEmpty()) {
        f.addProperty("encoding", c.encoding());
        f.addProperty("delimiter", c.delimiter());
      }
      files.add(f);
    }
    m.add("inputs", files);
    JsonArray warned = new JsonArray();
    warnings.forEach(warned::add);
    m.add("warnings", warned);
    // what this run was compared with (SPEC §7): null on a first run
    JsonObject compared = new JsonObject();
    compared.addProperty("previous_as_of", since.map(Object::toString).orElse(null));
    compared.addProperty("changes", changes);
    m.add("changes", compared);
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    new GsonBuilder().serializeNulls().setPrettyPrinting().disableHtmlEscaping().create().toJson(m, w);
    w.write('\n');
    w.flush();
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
