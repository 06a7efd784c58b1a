package org.ackgap.bench;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.time.Day;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;

/**
 * The least a run's report costs, timed in a JVM of its own: one time-series chart drawn by
 * JFreeChart in the report's font and written as PNG by the JDK's own encoder, and one PDF page
 * of English and Russian text set by PDFBox in the report's font, embedded as a subset. The job
 * writes 33 charts and a PDF of several pages for 50 topics, with or without statements;
 * {@code scripts/bench --floor} sets this beside it and beside grep.
 *
 * <p>Usage: {@code java -cp target/ackgap.jar org.ackgap.bench.RenderFloor DIR}; writes
 * floor.png and floor.pdf into DIR and prints the seconds from the JVM's start.
 */
public final class RenderFloor {

  private static final String FONT = "/org/ackgap/report/fonts/DejaVuSans.ttf";

  private RenderFloor() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: RenderFloor DIR");
      System.exit(2);
    }
    Path dir = Files.createDirectories(Path.of(args[0]));
    Font font;
    try (InputStream in = RenderFloor.class.getResourceAsStream(FONT)) {
      font = Font.createFont(Font.TRUETYPE_FONT, in);
    }
    TimeSeries series = new TimeSeries("third parties");
    LocalDate day = LocalDate.of(2024, 10, 1);
    for (int i = 0; i < 240; i++, day = day.plusDays(1)) {
      series.add(new Day(day.getDayOfMonth(), day.getMonthValue(), day.getYear()), i % 17);
    }
    JFreeChart chart = ChartFactory.createTimeSeriesChart("Operation pekix", "date", "weight",
        new TimeSeriesCollection(series));
    chart.getTitle().setFont(font.deriveFont(Font.BOLD, 16f));
    chart.getXYPlot().getDomainAxis().setTickLabelFont(font.deriveFont(11f));
    chart.getXYPlot().getRangeAxis().setTickLabelFont(font.deriveFont(11f));
    BufferedImage image = new BufferedImage(1000, 500, BufferedImage.TYPE_INT_RGB);
    java.awt.Graphics2D g = image.createGraphics();
    chart.draw(g, new java.awt.Rectangle(0, 0, 1000, 500));
    g.dispose();
    ImageIO.write(image, "png", dir.resolve("floor.png").toFile());

    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage();
      pdf.addPage(page);
      PDType0Font text;
      try (InputStream in = RenderFloor.class.getResourceAsStream(FONT)) {
        text = PDType0Font.load(pdf, in);
      }
      try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
        out.beginText();
        out.setFont(text, 12);
        out.newLineAtOffset(72, 700);
        out.showText("North Korean troops are fighting in Kursk Oblast.");
        out.newLineAtOffset(0, -16);
        out.showText("Песков: мы не комментируем сообщения о северокорейских военных.");
        out.endText();
      }
      Files.deleteIfExists(dir.resolve("floor.pdf")); // PDFBox warns when it overwrites
      pdf.save(dir.resolve("floor.pdf").toFile());
    } catch (IOException e) {
      throw new IOException("could not write floor.pdf", e);
    }
    long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
    System.out.printf(Locale.ROOT, "%.2f s from JVM start: one chart, one PDF page%n",
        uptime / 1e3);
  }
}
