// Unit tests of Arabic normalization (src/text/normalize.h): every rule, and offsets back to the original.
#include "text/normalize.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace mizan {
namespace {
namespace normalize_test {

struct Case {
  const char* name;
  std::string in;
  std::string want;
};

const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = {
      {"empty", "", ""},
      {"ascii", "Hello, World! 42", "Hello, World! 42"},
      {"tashkeel", "مُحَمَّدٌ", "محمد"},
      {"all_harakat", "بً بٌ بٍ بَ بُ بِ بّ بْ", "ب ب ب ب ب ب ب ب"},
      {"superscript_alef", "هٰذا", "هذا"},
      {"tatweel", "الرئيـــس", "الرييس"},
      {"alef_forms", "أحمد إبراهيم آمن ٱلوصل", "احمد ابراهيم امن الوصل"},
      {"alef_maqsura", "مستشفى على", "مستشفي علي"},
      {"ta_marbuta", "مدرسة الحكومة", "مدرسه الحكومه"},
      {"waw_hamza", "مؤتمر", "موتمر"},
      {"ya_hamza", "رئيس", "رييس"},
      {"bare_hamza_kept", "شيء", "شيء"},
      {"arabic_indic_digits", "٢٠١٦", "2016"},
      {"persian_digits", "۱۳۹۹", "1399"},
      {"lam_alef_ligature", "ﻻ", "لا"},
      {"lam_alef_hamza_ligature", "ﻷ", "لا"},
      {"presentation_forms", "ﺍﻟﺴﻼﻡ", "السلام"},
      {"honorific_ligature", "ﷺ", "صلي الله عليه وسلم"},
      {"decomposed_hamza_above", "ا\u0654مل", "امل"},
      {"decomposed_hamza_waw", "مو\u0654تمر", "موتمر"},
      {"rlm_lrm", "\u200Fقال\u200E", "قال"},
      {"zero_width", "a\u200Bb\u200Cc\u200Dd", "abcd"},
      {"bidi_embedding", "\u202Bنص\u202C \u202Ax\u202C \u202Ey\u202D", "نص x y"},
      {"bidi_isolates", "\u2067نص\u2069 \u2066x\u2068", "نص x"},
      {"bom_inside", "\uFEFFبدء", "بدء"},
      {"nbsp", "a\u00A0b", "a b"},
      {"em_space", "a\u2003b", "a b"},
      {"narrow_nbsp", "a\u202Fb", "a b"},
      {"ideographic_space", "a\u3000b", "a b"},
      {"newlines_kept", "سطر\nسطر\r\n", "سطر\nسطر\r\n"},
      {"line_separator", "a\u2028b", "a\nb"},
      {"punctuation_kept", "، ؛ ؟ « » “ ”", "، ؛ ؟ « » “ ”"},
      {"ellipsis_nfkc", "…", "..."},
      {"farsi_yeh_keheh", "ی ک", "ي ك"},
      {"invalid_utf8", "a\xFF b", "a\uFFFD b"},
      {"truncated_utf8", "\xD9", "\uFFFD"},
      // Found by normalize_fuzz: removing ZWNJ joins a and U+0309, which NFKC then composes.
      {"removal_then_compose", "a\u200C\u0309", "\u1EA3"},
  };
  return cases;
}

TEST(NormalizeForMatch, Table) {
  for (const Case& c : Cases()) EXPECT_EQ(NormalizeForMatch(c.in), c.want) << c.name;
}

// Normalizing twice changes nothing (dictionary surfaces go through NormalizeForMatch more than once).
TEST(NormalizeForMatch, Idempotent) {
  for (const Case& c : Cases()) EXPECT_EQ(NormalizeForMatch(c.want), c.want) << c.name;
}

// The Doc path must give the same bytes as NormalizeForMatch, and a sane offset table.
TEST(Normalize, DocMatchesNormalizeForMatchAndOffsetsAreSane) {
  for (const Case& c : Cases()) {
    Doc doc("t", c.in);
    ASSERT_TRUE(Normalize(doc).ok()) << c.name;
    EXPECT_EQ(doc.norm, c.want) << c.name;
    ASSERT_EQ(doc.norm_to_orig.size(), doc.norm.size() + 1) << c.name;
    EXPECT_EQ(doc.norm_to_orig.back(), c.in.size()) << c.name;
    for (size_t i = 1; i < doc.norm_to_orig.size(); ++i) {
      EXPECT_LE(doc.norm_to_orig[i - 1], doc.norm_to_orig[i]) << c.name << " at " << i;
      EXPECT_LE(doc.norm_to_orig[i], c.in.size()) << c.name;
    }
  }
}

struct SpanCase {
  const char* name;
  std::string text;
  std::string norm_word;  // a word of the normalized text
  std::string orig;       // what it maps back to
};

TEST(Normalize, OffsetsMapWordsBackToTheOriginal) {
  const std::vector<SpanCase> cases = {
      {"tashkeel", "قال مُحَمَّدٌ اليوم", "محمد", "مُحَمَّدٌ"},
      {"tatweel", "وصل الرئيـــس أمس", "الرييس", "الرئيـــس"},
      {"ligature", "قال ﻻ للحرب", "لا", "ﻻ"},
      {"hamza_forms", "أعلن إبراهيم", "ابراهيم", "إبراهيم"},
      {"digits", "عام ٢٠١٦ م", "2016", "٢٠١٦"},
      {"after_removed_bidi", "\u200Fقال\u200F الوزير", "الوزير", "الوزير"},
      {"presentation_forms", "ﺍﻟﺴﻼﻡ عليكم", "السلام", "ﺍﻟﺴﻼﻡ"},
      {"nfkc_and_tashkeel", "ﻻ مُحَمَّدٌ", "محمد", "مُحَمَّدٌ"},
  };
  for (const SpanCase& c : cases) {
    Doc doc("t", c.text);
    ASSERT_TRUE(Normalize(doc).ok());
    const size_t at = doc.norm.find(c.norm_word);
    ASSERT_NE(at, std::string::npos) << c.name << ": " << doc.norm;
    const Range r{static_cast<idx_t>(at), static_cast<idx_t>(at + c.norm_word.size())};
    EXPECT_EQ(doc.OrigText(r), c.orig) << c.name;
  }
}

TEST(Normalize, StageNames) {
  NormalizeStage stage;
  EXPECT_EQ(stage.Name(), "ar.normalize.v1");
  EXPECT_EQ(stage.Provides(), "normalize");
  EXPECT_TRUE(stage.Requires().empty());
  Doc doc("t", "أهلاً");
  ASSERT_TRUE(stage.Process(doc).ok());
  EXPECT_EQ(doc.norm, "اهلا");
}

}  // namespace normalize_test
}  // namespace
}  // namespace mizan
