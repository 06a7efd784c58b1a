package org.ackgap.extract;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into tokens (words and single punctuation marks) with their UTF-16 offsets, the
 * paragraph and sentence each sits in, and whether it sits inside a quotation.
 *
 * <p>A word is a run of letters and digits, joined through an apostrophe or hyphen followed by a
 * letter or digit ({@code Clinton’s}, {@code didn't}, {@code северо-восток}); a full stop after a
 * known abbreviation or a single capital ({@code Sen.}, {@code U.S.}) belongs to the word, so it
 * ends no sentence. Paragraphs are blocks separated by a blank line (as in PolNeAR); a single
 * line break ends a sentence.
 */
final class TextTokens {

  /**
   * The most tokens one sentence holds; a run without a sentence end (a table, a list, text
   * without punctuation) is cut there, so that work per sentence stays bounded.
   */
  static final int MAX_SENTENCE = 150;

  static final int WORD = 0;
  static final int PUNCT = 1;

  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
      "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "maj", "sgt", "capt",
      "st", "jr", "sr", "prof", "rev", "pres", "vs", "no", "inc", "corp", "co", "ltd", "jan",
      "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n", "u.k", "d.c",
      "adm", "cmdr", "supt", "sens", "reps", "govs", "ст", "т", "г", "им", "тыс", "млн", "млрд");

  final String text;
  final int size;
  final int[] start;
  final int[] end;
  final int[] type;
  /** Lower-cased token text. */
  final String[] lower;
  final int[] hash;
  /** Per token: its cue-lexicon kind, lemma hash and the hashes of its last three and two chars. */
  final int[] lex;
  final int[] lemmaHash;
  final int[] suffix3;
  final int[] suffix2;
  private final int[] firstOfSentence;
  private final int[] lastOfSentence;
  final int[] sentence;
  final int[] paragraph;
  final boolean[] quoted;
  /** Per sentence: whether most of its letters are Cyrillic (Russian rules apply there). */
  private final boolean[] cyrillicSentence;

  private TextTokens(String text, int size, int[] start, int[] end, int[] type, String[] lower,
      int[] sentence, int[] paragraph, boolean[] quoted, boolean[] cyrillicSentence) {
    this.text = text;
    this.size = size;
    this.start = start;
    this.end = end;
    this.type = type;
    this.lower = lower;
    this.hash = new int[size];
    this.lex = new int[size];
    this.lemmaHash = new int[size];
    this.suffix3 = new int[size];
    this.suffix2 = new int[size];
    for (int i = 0; i < size; i++) {
      String w = lower[i];
      hash[i] = w.hashCode();
      lex[i] = type[i] == WORD ? Lexicon.kind(w) : Lexicon.NONE;
      lemmaHash[i] = type[i] == WORD ? Lexicon.lemma(w).hashCode() : hash[i];
      suffix3[i] = tailHash(w, 3);
      suffix2[i] = tailHash(w, 2);
    }
    this.firstOfSentence = new int[size];
    this.lastOfSentence = new int[size];
    for (int i = 0; i < size; i++) {
      firstOfSentence[i] = i > 0 && sentence[i - 1] == sentence[i] ? firstOfSentence[i - 1] : i;
    }
    for (int i = size - 1; i >= 0; i--) {
      lastOfSentence[i] = i + 1 < size && sentence[i + 1] == sentence[i]
          ? lastOfSentence[i + 1] : i;
    }
    this.sentence = sentence;
    this.paragraph = paragraph;
    this.quoted = quoted;
    this.cyrillicSentence = cyrillicSentence;
  }

  static TextTokens of(String text) {
    int n = text.length();
    int cap = Math.max(16, n / 4);
    int[] start = new int[cap];
    int[] end = new int[cap];
    int[] type = new int[cap];
    int count = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b' || c == '\ufeff') {
        i++;
        continue;
      }
      int s = i;
      int t;
      if (Character.isLetterOrDigit(c) || Character.isSurrogate(c) && isWordCodePoint(text, i)) {
        i = wordEnd(text, i);
        // abbreviation full stop: "Sen." "U.S." "Jan."
        if (i < n && text.charAt(i) == '.') {
          String w = text.substring(s, i).toLowerCase(Locale.ROOT);
          boolean initial = i - s == 1 && Character.isUpperCase(c);
          if (initial || ABBREVIATIONS.contains(w)) {
            // U.S. as one word: letters and dots
            int j = i + 1;
            while (j + 1 < n && Character.isLetter(text.charAt(j)) && text.charAt(j + 1) == '.'
                && initial) {
              j += 2;
            }
            i = j;
          }
        }
        t = WORD;
      } else if ((c == '\'' || c == '’' || c == '‘') && i + 1 < n && text.charAt(i + 1) == c) {
        // '' and ’’: a double quotation mark typed as two single ones (NYT and wire copy)
        i += 2;
        t = PUNCT;
      } else {
        i += Character.charCount(text.codePointAt(i));
        t = PUNCT;
      }
      if (count == start.length) {
        start = Arrays.copyOf(start, count * 2);
        end = Arrays.copyOf(end, count * 2);
        type = Arrays.copyOf(type, count * 2);
      }
      start[count] = s;
      end[count] = i;
      type[count] = t;
      count++;
    }
    String[] lower = new String[count];
    for (int k = 0; k < count; k++) {
      if (type[k] == PUNCT && end[k] - start[k] == 2 && !Character.isSurrogate(text.charAt(start[k]))) {
        lower[k] = "\"";
        continue;
      }
      lower[k] = text.substring(start[k], end[k]).toLowerCase(Locale.ROOT).replace('’', '\'')
          .replace('ё', 'е');
    }
    int[] sentence = new int[count];
    int[] paragraph = new int[count];
    boolean[] quoted = new boolean[count];
    int sent = 0;
    int sentenceFirst = 0;
    int para = 0;
    boolean inQuote = false;
    for (int k = 0; k < count; k++) {
      if (k > 0) {
        int breaks = 0;
        for (int p = end[k - 1]; p < start[k]; p++) {
          if (text.charAt(p) == '\n') {
            breaks++;
          }
        }
        if (breaks >= 2) {
          para++;
          sent++;
          inQuote = false;
        } else if (breaks == 1) {
          sent++;
        } else if (endsSentence(text, lower, type, start, end, k - 1, k)
            || k - sentenceFirst >= MAX_SENTENCE) {
          sent++;
        }
      }
      if (k == 0 || sent != sentence[k - 1]) {
        sentenceFirst = k;
      }
      sentence[k] = sent;
      paragraph[k] = para;
      String w = lower[k];
      if (type[k] == PUNCT) {
        char q = w.charAt(0);
        if (q == '“' || q == '«' || q == '„') {
          inQuote = true;
          quoted[k] = true;
          continue;
        }
        if (q == '”' || q == '»') {
          quoted[k] = true;
          inQuote = false;
          continue;
        }
        if (q == '"') {
          // straight quote: opening when nothing word-like touches it on the left
          boolean opening = k == 0 || end[k - 1] < start[k] || type[k - 1] == PUNCT
              && "([—–-:".indexOf(lower[k - 1].charAt(0)) >= 0;
          if (opening && !inQuote) {
            inQuote = true;
          } else {
            inQuote = false;
          }
          quoted[k] = true;
          continue;
        }
      }
      quoted[k] = inQuote;
    }
    int sentences = count == 0 ? 0 : sentence[count - 1] + 1;
    int[] cyrLetters = new int[sentences];
    int[] latLetters = new int[sentences];
    for (int k = 0; k < count; k++) {
      if (type[k] != WORD) {
        continue;
      }
      for (int p = start[k]; p < end[k]; p++) {
        char ch = text.charAt(p);
        if (ch >= 0x400 && ch < 0x500) {
          cyrLetters[sentence[k]]++;
        } else if (ch < 0x80 && Character.isLetter(ch)) {
          latLetters[sentence[k]]++;
        }
      }
    }
    boolean[] cyrillic = new boolean[sentences];
    for (int k = 0; k < sentences; k++) {
      cyrillic[k] = cyrLetters[k] > latLetters[k];
    }
    return new TextTokens(text, count, Arrays.copyOf(start, count), Arrays.copyOf(end, count),
        Arrays.copyOf(type, count), lower, sentence, paragraph, quoted, cyrillic);
  }

  private static boolean isWordCodePoint(String text, int i) {
    return Character.isLetterOrDigit(text.codePointAt(i));
  }

  private static int wordEnd(String text, int i) {
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      char c = text.charAt(i);
      if ((c == '\'' || c == '’' || c == '-' || c == '‐') && i + 1 < n
          && Character.isLetterOrDigit(text.charAt(i + 1)) && i > 0
          && Character.isLetterOrDigit(text.charAt(i - 1))) {
        i++;
        continue;
      }
      // 10,000 and 3.5
      if ((c == ',' || c == '.') && i + 1 < n && Character.isDigit(text.charAt(i + 1)) && i > 0
          && Character.isDigit(text.charAt(i - 1))) {
        i++;
        continue;
      }
      break;
    }
    return i;
  }

  private static boolean endsSentence(String text, String[] lower, int[] type, int[] start,
      int[] end, int prev, int next) {
    if (type[prev] != PUNCT) {
      return false;
    }
    char c = lower[prev].charAt(0);
    if (c == '.' || c == '!' || c == '?' || c == '…') {
      // "… said." then a capital or a quote: a new sentence; a closing quote stays with the last
      if (type[next] == WORD) {
        return Character.isUpperCase(text.charAt(start[next]))
            || Character.isDigit(text.charAt(start[next]));
      }
      char q = lower[next].charAt(0);
      return q == '“' || q == '«' || q == '"' || q == '(' || q == '—' || q == '„';
    }
    if (c == '”' || c == '»' || c == '"') {
      // ".” Next" : a closing quote after a full stop ends the sentence
      if (prev > 0 && type[prev - 1] == PUNCT && ".!?".indexOf(lower[prev - 1].charAt(0)) >= 0
          && type[next] == WORD && Character.isUpperCase(text.charAt(start[next]))) {
        return true;
      }
    }
    return false;
  }

  /** Returns whether token i sits in a mostly Cyrillic sentence. */
  boolean cyrillic(int i) {
    return cyrillicSentence[sentence[i]];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && type[i] == WORD;
  }

  boolean isPunct(int i, char c) {
    return i >= 0 && i < size && type[i] == PUNCT && lower[i].charAt(0) == c;
  }

  boolean capitalised(int i) {
    return isWord(i) && Character.isUpperCase(text.codePointAt(start[i]));
  }

  boolean isOpenQuote(int i) {
    if (i < 0 || i >= size || type[i] != PUNCT) {
      return false;
    }
    char q = lower[i].charAt(0);
    return q == '“' || q == '«' || q == '„' || q == '"' && (i + 1 < size && quoted[i + 1]
        && !(i > 0 && quoted[i - 1] && lower[i - 1].charAt(0) != '"'));
  }

  boolean isCloseQuote(int i) {
    if (i < 0 || i >= size || type[i] != PUNCT) {
      return false;
    }
    char q = lower[i].charAt(0);
    return q == '”' || q == '»' || q == '"' && !isOpenQuote(i);
  }

  boolean isQuote(int i) {
    if (i < 0 || i >= size || type[i] != PUNCT) {
      return false;
    }
    char q = lower[i].charAt(0);
    return q == '”' || q == '»' || q == '"' || q == '“' || q == '«' || q == '„';
  }

  String word(int i) {
    return i >= 0 && i < size ? lower[i] : "";
  }

  /** The first token of token i's sentence. */
  int sentenceStart(int i) {
    return firstOfSentence[i];
  }

  /** The last token of token i's sentence (inclusive). */
  int sentenceEnd(int i) {
    return lastOfSentence[i];
  }

  /** String.hashCode of the last n chars of w (all of w when shorter), without a substring. */
  private static int tailHash(String w, int n) {
    int h = 0;
    for (int k = Math.max(0, w.length() - n); k < w.length(); k++) {
      h = 31 * h + w.charAt(k);
    }
    return h;
  }
}
