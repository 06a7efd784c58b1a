package org.ackgap.ingest.article;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet of an article: a source id given outright, or the source whose {@code domains}
 * (SPEC §2) hold the host of the article's url. A subdomain matches ({@code m.tass.com} is under
 * {@code tass.com}), and the longest matching domain wins. Immutable.
 */
public final class Outlets {

  private static final Pattern AUTHORITY =
      Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//(?:[^/?#@]*@)?(\\[[^\\]]*\\]|[^/?#:]*)");

  private final Set<String> sourceIds;
  private final Map<String, String> byDomain;

  /**
   * Creates the outlets of the given sources.
   *
   * @param sourceIds every known source id
   * @param domains per source id, the host names of its web sites ({@code tass.com}); a source
   *     without web sites may be absent
   * @throws IllegalArgumentException if a source with domains is not among {@code sourceIds}, or
   *     one domain is listed by two sources (its articles could belong to either)
   */
  public Outlets(Collection<String> sourceIds, Map<String, List<String>> domains) {
    this.sourceIds = Set.copyOf(sourceIds);
    Map<String, String> index = new HashMap<>();
    // Sorted, so that the message about a domain listed twice names the same pair every run.
    for (Map.Entry<String, List<String>> e : new TreeMap<>(domains).entrySet()) {
      if (!this.sourceIds.contains(e.getKey())) {
        throw new IllegalArgumentException(
            "domains given for source '" + e.getKey() + "', which is not a known source id");
      }
      for (String domain : e.getValue()) {
        String host = host(domain).orElse("");
        if (host.isEmpty()) {
          continue;
        }
        String before = index.putIfAbsent(host, e.getKey());
        if (before != null && !before.equals(e.getKey())) {
          throw new IllegalArgumentException(
              "domain '" + host + "' is listed by both '" + before + "' and '" + e.getKey()
                  + "': an article from it could belong to either");
        }
      }
    }
    this.byDomain = Map.copyOf(index);
  }

  /** Returns outlets that know the given source ids and no domains. */
  public static Outlets of(Collection<String> sourceIds) {
    return new Outlets(sourceIds, Map.of());
  }

  /** Returns whether {@code sourceId} is a known source. */
  public boolean knows(String sourceId) {
    return sourceIds.contains(sourceId);
  }

  /**
   * Returns the source whose domains hold the host of {@code url} (or of a bare host name),
   * preferring the longest matching domain; empty when none does or there is no host.
   */
  public Optional<String> byHost(String url) {
    Optional<String> host = host(url);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    String h = host.get();
    // The host itself first, then each parent domain: the first hit is the longest domain.
    for (int dot = -1; ; dot = h.indexOf('.', dot + 1)) {
      String id = byDomain.get(h.substring(dot + 1));
      if (id != null) {
        return Optional.of(id);
      }
      if (h.indexOf('.', dot + 1) < 0) {
        return Optional.empty();
      }
    }
  }

  /**
   * Returns the host of a url or of a bare host name ({@code tass.ru}, {@code tass.ru/news}), in
   * lower case and ASCII (an internationalised name in its {@code xn--} form), without a trailing
   * dot; empty when there is none.
   */
  public static Optional<String> host(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String s = url.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    String host;
    if (s.contains("//")) {
      host = uriHost(s);
      if (host == null) {
        Matcher m = AUTHORITY.matcher(s);
        host = m.find() ? m.group(1) : "";
      }
    } else {
      if (s.contains(":") && s.indexOf(':') < firstOf(s, "/?#")) {
        // mailto:, urn: and the like have no host; host:port has one.
        String afterColon = s.substring(s.indexOf(':') + 1);
        if (!afterColon.matches("\\d+([/?#].*)?")) {
          return Optional.empty();
        }
      }
      host = s.substring(0, firstOf(s, "/?#:"));
    }
    if (host.startsWith("*.")) {
      host = host.substring(2);
    }
    while (host.endsWith(".")) {
      host = host.substring(0, host.length() - 1);
    }
    if (host.isEmpty() || host.contains(" ")) {
      return Optional.empty();
    }
    try {
      host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      // Not a valid internationalised name: compare it as written.
    }
    return Optional.of(host.toLowerCase(Locale.ROOT));
  }

  private static String uriHost(String s) {
    try {
      URI uri = new URI(s);
      return uri.getHost();
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }
}
