package org.ackgap.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ackgap.Parameters;
import org.ackgap.Source;
import org.ackgap.Topic;

/**
 * What a run knows before it reads a statement: topics, sources and parameters.
 *
 * @param topics accepted topics in input order
 * @param sources accepted sources by id
 * @param parameters the scoring parameters in force
 * @param rejectedTopics ids of topic rows that were rejected, so statements naming them say why
 * @param rejectedSources ids of source rows that were rejected
 * @param aliases per source, in sources.csv order, the names by which a text cites it (SPEC §2)
 * @param domains per source, the host names of its web sites
 */
public record Catalog(List<Topic> topics, Map<String, Source> sources, Parameters parameters,
    Set<String> rejectedTopics, Set<String> rejectedSources, Map<String, List<String>> aliases,
    Map<String, List<String>> domains) implements java.io.Serializable {

  public Catalog {
    topics = List.copyOf(topics);
    sources = Map.copyOf(sources);
    rejectedTopics = Set.copyOf(rejectedTopics);
    rejectedSources = Set.copyOf(rejectedSources);
    // insertion order is sources.csv order, which the alias index's ties keep
    aliases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(aliases));
    domains = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(domains));
  }
}
