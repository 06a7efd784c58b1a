/**
 * Reads the articles of SPEC §6: every file under {@code <input>/articles/} becomes {@link
 * org.ackgap.ingest.article.Article} records or rejects with file, item and reason.
 *
 * <p>Articles are untrusted input. Files are read one at a time, in the order of their path
 * under the folder, and a file over the size limit is rejected by its size without being read.
 * Feeds are parsed by the JDK's StAX with DTDs and external entities disabled, and pages by
 * jsoup, which never executes or fetches anything. Nothing here reads a clock or any file but
 * those under the folder it is given.
 */
package org.ackgap.ingest.article;
