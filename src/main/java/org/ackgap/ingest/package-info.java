/**
 * Reads the input folder of SPEC §2. Every row ends used or rejected with its file, first line,
 * reason and raw text; a folder that cannot be used at all (a missing file or column, a duplicate
 * topic or source id, a bad ackgap.properties) throws {@link org.ackgap.ingest.InputException}.
 * Statements stream; nothing here holds them all.
 */
package org.ackgap.ingest;
