package org.ackgap.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A statement's language by its script: whether the classifier may read it at all. */
class LanguageTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|The Pentagon confirmed that North Korean troops are in Kursk.",
      "ru|Песков заявил, что не будет комментировать «сообщения» — Kursk.",
      "fa|پنتاگون تأیید کرد که نیروهای کره شمالی در کورسک هستند. Kursk",
      "ar|أكدت وزارة الدفاع أن القوات الكورية الشمالية في كورسك",
      "ur|پینٹاگون نے تصدیق کی ہے کہ شمالی کوریا کے فوجی کرسک میں ہیں",
      "he|הפנטגון אישר כי חיילים צפון קוריאנים נמצאים בקורסק",
      "zh|五角大楼证实朝鲜军队在库尔斯克",
      "ja|国防総省は北朝鮮軍がクルスクにいることを確認した",
      "ko|미 국방부는 북한군이 쿠르스크에 있다고 확인했다",
      "el|Το Πεντάγωνο επιβεβαίωσε ότι βορειοκορεάτες στρατιώτες βρίσκονται στο Κουρσκ"})
  void scriptNamesTheLanguage(String language, String text) {
    assertEquals(language, Language.of(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The Pentagon “confirmed” it — again.",
      "Песков заявил.",
      "2024 — 17",
      "''"})
  void latinCyrillicAndLetterlessTextsAreSupported(String text) {
    assertNull(Language.unsupported(text == null ? "" : text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fa|پنتاگون تأیید کرد. NATO confirmed",
      "el|Το Πεντάγωνο επιβεβαίωσε"})
  void otherLanguagesAreNotSupported(String language, String text) {
    assertEquals(language, Language.unsupported(text));
  }
}
