package org.ackgap.ingest;

/** Counts the data rows of one input file as they are read, used or rejected. */
public final class FileCount {

  private final String file;
  private long read;
  private long used;
  private long rejected;
  private String sha256 = "";
  private FileFormat format;

  /** Starts counting a file, named relative to the input folder. */
  public FileCount(String file) {
    this.file = file;
  }

  public void read() {
    read++;
  }

  public void used() {
    used++;
  }

  public void rejected() {
    rejected++;
  }

  /** Adds the counts of part of the file, counted apart (a distributed run's task). */
  public void add(long read, long used, long rejected) {
    this.read += read;
    this.used += used;
    this.rejected += rejected;
  }

  public void sha256(String hex) {
    sha256 = hex;
  }

  public void format(FileFormat f) {
    format = f;
  }

  /** Returns the encoding and delimiter of a CSV file, or null for other files. */
  public FileFormat format() {
    return format;
  }

  /** Returns the SHA-256 of the file, hex, once it has been read to the end; else "". */
  public String sha256() {
    return sha256;
  }

  /** Returns the file name, relative to the input folder. */
  public String file() {
    return file;
  }

  /** Returns the number of data rows read. */
  public long readRows() {
    return read;
  }

  /** Returns the number of rows used. */
  public long usedRows() {
    return used;
  }

  /** Returns the number of rows rejected. */
  public long rejectedRows() {
    return rejected;
  }
}
