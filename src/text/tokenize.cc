#include "text/tokenize.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <string>

#include <fmt/core.h>

#include "text/sentences.h"
#include "text/utf8.h"

namespace mizan {
namespace {

enum class CharClass : uint8_t { kSpace, kNewline, kDigit, kLetter, kPunct };

CharClass Classify(char32_t c) {
  if (c < 0x80) {
    if (c == '\n') return CharClass::kNewline;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f') return CharClass::kSpace;
    if (c >= '0' && c <= '9') return CharClass::kDigit;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::kLetter;
    return CharClass::kPunct;
  }
  // Arabic letters (the bulk of the text) without asking ICU.
  if ((c >= 0x0621 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3)) return CharClass::kLetter;
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER: case U_LOWERCASE_LETTER: case U_TITLECASE_LETTER: case U_MODIFIER_LETTER:
    case U_OTHER_LETTER: case U_NON_SPACING_MARK: case U_COMBINING_SPACING_MARK: case U_ENCLOSING_MARK:
      return CharClass::kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kLetter;  // non-Arabic, non-ASCII digits (Devanagari...): keep inside words
    case U_SPACE_SEPARATOR: case U_LINE_SEPARATOR: case U_PARAGRAPH_SEPARATOR:
      return CharClass::kSpace;
    case U_CONTROL_CHAR: case U_FORMAT_CHAR:
      return CharClass::kSpace;
    default:
      return CharClass::kPunct;
  }
}

bool IsClauseSep(char32_t c) {
  return c == 0x060C || c == 0x061B || c == ',' || c == ';' || c == ':' || c == 0x2014 || c == 0x2013;
}
bool IsQuote(char32_t c) { return c == 0x00AB || c == 0x00BB || c == '"' || c == 0x201C || c == 0x201D; }
// Separators that stay inside a number when digits follow: 3.5, 1,200, ٣٫٥ (Arabic decimal), ٬.
bool IsNumberJoiner(char32_t c) { return c == '.' || c == ',' || c == 0x066B || c == 0x066C; }

// --- Clitics -------------------------------------------------------------------------------------

constexpr std::string_view kAl = "ال";

// Frequent words that look like clitic + word but are whole (كان is not ك + ان, بعد not ب + عد). They
// count as known: never split themselves, and stems for longer words (بعدها = بعد + ها, وكان = و + كان).
constexpr std::array<std::string_view, 19> kWholeWords = {
    "كان", "كانت", "كانوا", "كانا", "كنا", "كما", "كلما", "بعد", "بعدما", "تلك", "ذلك", "كذلك", "هناك", "هنالك",
    "اوليك", "وقت", "مره", "عده", "كافه"};

// The only two-letter stems worth splitting to (وفي فيه لان انه منها): function words. Two-letter
// dictionary words (تل عد مر) inside longer words are far more often a coincidence (تلك بعد مرة).
constexpr std::array<std::string_view, 17> kTwoLetterStems = {"في", "من", "عن", "مع", "ما", "لا", "لم", "لن", "قد",
                                                              "ان", "هو", "هي", "هم", "لو", "اي", "ذا", "لدي"};
// Doubled-root verbs written with two letters ("حث" urged, "شن" launched, "بث" broadcast): stems of
// their own only after و or ف alone ("وحث الرئيس ..."); "ورد" (was stated) and "وحل" (mud) stay whole.
constexpr std::array<std::string_view, 7> kTwoLetterVerbs = {"حث", "شن", "بث", "مد", "صد", "ضم", "شد"};

// Byte loops rather than memcmp: the words are a few bytes and this is the segmenter's inner loop.
bool Equal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

bool InList(std::string_view w, const auto& list) {
  for (std::string_view x : list)
    if (Equal(w, x)) return true;
  return false;
}

struct Enc {
  std::string_view text;
  Enclitic kind;
};
// Longest first so that هما is not read as ه + ما.
constexpr std::array<Enc, 9> kEnclitics = {{{"هما", Enclitic::kHuma},
                                            {"ها", Enclitic::kHa},
                                            {"هم", Enclitic::kHum},
                                            {"هن", Enclitic::kHunna},
                                            {"كم", Enclitic::kKum},
                                            {"نا", Enclitic::kNa},
                                            {"ه", Enclitic::kHu},
                                            {"ك", Enclitic::kKa},
                                            {"ي", Enclitic::kYa}}};

struct Pro {
  std::string_view text;
  uint8_t bit;
};
constexpr std::array<Pro, 3> kConj = {{{"", 0}, {"و", kProWa}, {"ف", kProFa}}};
constexpr std::array<Pro, 5> kPrep = {{{"", 0}, {"ب", kProBi}, {"ل", kProLi}, {"ك", kProKa}, {"س", kProSa}}};

// Byte loops rather than memcmp: the strings are 2-6 bytes and this is the segmenter's inner loop.
bool StartsWith(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  for (size_t i = 0; i < p.size(); ++i)
    if (s[i] != p[i]) return false;
  return true;
}
bool EndsWith(std::string_view s, std::string_view p) {
  if (s.size() < p.size()) return false;
  const size_t off = s.size() - p.size();
  for (size_t i = 0; i < p.size(); ++i)
    if (s[off + i] != p[i]) return false;
  return true;
}

bool IsArabicWord(std::string_view w) {
  if (w.size() < 2) return false;
  const auto b = static_cast<unsigned char>(w[0]);
  return b == 0xD8 || b == 0xD9 || b == 0xDA || b == 0xDB;
}

// How the last letter of norm[b, e) was written in the original text.
FinalLetter WrittenFinal(const Doc& doc, size_t b, size_t e) {
  size_t k = e - 1;
  while (k > b && (static_cast<unsigned char>(doc.norm[k]) & 0xC0) == 0x80) --k;
  if (k + 1 >= doc.norm_to_orig.size()) return FinalLetter::kPlain;
  const size_t o = doc.norm_to_orig[k];
  if (o >= doc.text().size()) return FinalLetter::kPlain;
  char32_t c;
  utf8::Decode(doc.text(), o, &c);
  if (c == 0x0629 || c == 0xFE93 || c == 0xFE94) return FinalLetter::kTaMarbuta;
  if (c == 0x0649 || c == 0xFEEF || c == 0xFEF0) return FinalLetter::kAlefMaqsura;
  return FinalLetter::kPlain;
}

}  // namespace

std::string_view StripArticle(std::string_view w) {
  if (StartsWith(w, kAl) && utf8::CountCodePoints(w) >= 4) return w.substr(kAl.size());
  return w;
}

std::string MatchForm(std::string_view w) { return std::string(StripArticle(w)); }

WordSplit SplitClitics(std::string_view word, const KnownWords* known, FinalLetter written_final) {
  WordSplit none;
  none.stem_end = static_cast<idx_t>(word.size());
  if (!IsArabicWord(word)) return none;
  // A known word in ه that the text wrote with ه, not ة, whose stem without the ه is known too, is that
  // stem and the pronoun: "محاميه" is his lawyer, not the feminine محامية (ة and ه normalize alike).
  auto pronoun_ha = [&](std::string_view w) {
    if (written_final != FinalLetter::kPlain || !known || !EndsWith(w, "ه")) return false;
    const std::string_view base = w.substr(0, w.size() - std::string_view("ه").size());
    return utf8::CountCodePoints(base) >= 4 && (InList(base, kWholeWords) || known->IsKnown(base));
  };
  if (InList(word, kWholeWords) || (known && known->IsKnown(word) && !pronoun_ha(word))) return none;

  if (known) {
    // Every proclitic sequence that the word starts with, and every enclitic it ends with; then the
    // combinations, longest stem first, until one is known.
    struct Prefix {
      size_t len;
      uint8_t bits;
    };
    std::array<Prefix, 32> prefixes;
    size_t np = 0;
    for (const Pro& conj : kConj) {
      if (!StartsWith(word, conj.text)) continue;
      for (const Pro& prep : kPrep) {
        const size_t p1 = conj.text.size();
        if (!StartsWith(word.substr(p1), prep.text)) continue;
        const size_t p2 = p1 + prep.text.size();
        const uint8_t bits = conj.bit | prep.bit;
        if (bits != 0) prefixes[np++] = {p2, bits};
        if (prep.bit == kProSa) continue;  // the future marker goes on verbs, never on ال
        // ل + ال is written لل: the ل of the preposition is followed by the article's ل alone.
        const std::string_view art = prep.bit == kProLi ? std::string_view("ل") : kAl;
        if (StartsWith(word.substr(p2), art)) prefixes[np++] = {p2 + art.size(), static_cast<uint8_t>(bits | kProAl)};
      }
    }
    struct Suffix {
      size_t len;
      Enclitic kind;
    };
    std::array<Suffix, kEnclitics.size() + 1> suffixes;
    size_t ns = 0;
    suffixes[ns++] = {0, Enclitic::kNone};
    for (const Enc& e : kEnclitics) {
      // A final ه written as ة is the feminine ending, and a final ي written as ى is alef maqsura:
      // neither is a pronoun (كبيرة is not كبير + ه, مستشفى not مستشف + ي).
      if (e.kind == Enclitic::kHu && written_final == FinalLetter::kTaMarbuta) continue;
      if (e.kind == Enclitic::kYa && written_final == FinalLetter::kAlefMaqsura) continue;
      if (EndsWith(word, e.text)) suffixes[ns++] = {e.text.size(), e.kind};
    }

    // Candidate readings, longest stem first (proclitic readings first on a tie: بذلك = ب + ذلك, not
    // بذل + ك); the first whose stem is known wins, so IsKnown runs as few times as possible.
    struct Reading {
      size_t pre, len;
      uint8_t bits;
      Enclitic kind;
    };
    std::array<Reading, 32 * (kEnclitics.size() + 1)> readings;
    size_t nr = 0;
    auto add = [&](size_t pre, uint8_t bits, const Suffix& suf) {
      if (word.size() < pre + suf.len + 4) return;  // stems have at least two (2-byte) letters
      readings[nr++] = {pre, word.size() - pre - suf.len, bits, suf.kind};
    };
    for (size_t pi = 0; pi < np; ++pi) {
      const bool definite = prefixes[pi].bits & kProAl;
      for (size_t si = 0; si < ns; ++si) {
        if (definite && si > 0) break;  // a definite noun takes no pronoun suffix
        add(prefixes[pi].len, prefixes[pi].bits, suffixes[si]);
      }
    }
    for (size_t si = 1; si < ns; ++si) add(0, 0, suffixes[si]);
    std::stable_sort(readings.begin(), readings.begin() + nr,
                     [](const Reading& x, const Reading& y) { return x.len > y.len; });
    for (size_t ri = 0; ri < nr; ++ri) {
      const Reading& r = readings[ri];
      const std::string_view stem = word.substr(r.pre, r.len);
      const size_t letters = utf8::CountCodePoints(stem);
      if (letters < 2) continue;
      const bool conj_verb = (r.bits == kProWa || r.bits == kProFa) && r.kind != Enclitic::kYa && InList(stem, kTwoLetterVerbs);
      if (letters == 2 && !conj_verb && (!InList(stem, kTwoLetterStems) || (r.bits & kProKa))) continue;  // كان كما: not ك + ...
      // Final ي is far more often the nisba ending (وطني فهمي رئيسي) than "my": split it only off
      // function words (مني عني معي لدي).
      if (r.kind == Enclitic::kYa && !InList(stem, kTwoLetterStems)) continue;
      // "التزامه", "التقائه": a verbal noun of form VIII whose root begins with ل starts with "الت" that is
      // no article; it takes a possessive pronoun, and the lexicon knows it in matching form ("تزام").
      // (looked up last: only for a stem unknown as written)
      auto lam_masdar = [&] {
        return !(r.bits & kProAl) && r.kind != Enclitic::kNone && StartsWith(stem, "\xd8\xa7\xd9\x84\xd8\xaa") &&  // الت
               known->IsKnown(StripArticle(stem));
      };
      if (!InList(stem, kWholeWords) && !known->IsKnown(stem) && !lam_masdar()) continue;
      if (r.kind == Enclitic::kNone && r.pre + r.len == word.size() && pronoun_ha(stem)) continue;
      WordSplit best;
      best.proclitics = r.bits;
      best.stem_begin = static_cast<idx_t>(r.pre);
      best.stem_end = static_cast<idx_t>(r.pre + r.len);
      best.enclitic = r.kind;
      return best;
    }
  }

  // No known stem. The definite article is a strong enough sign on its own: ال + at least two letters,
  // and و/ف/ب/ك/ل + ال (لل) + at least three letters (shorter ones are too often whole words: والد).
  std::string_view rest = StripArticle(word);
  if (rest.size() != word.size()) {
    WordSplit s = none;
    s.proclitics = kProAl;
    s.stem_begin = static_cast<idx_t>(word.size() - rest.size());
    return s;
  }
  for (const Pro& conj : kConj) {
    if (!StartsWith(word, conj.text)) continue;
    for (const Pro& prep : kPrep) {
      if (prep.bit == kProSa) continue;
      const size_t p1 = conj.text.size();
      if (!StartsWith(word.substr(p1), prep.text)) continue;
      size_t pre = p1 + prep.text.size();
      if (prep.bit == kProLi) {
        if (!StartsWith(word.substr(pre), "ل")) continue;
        pre += std::string_view("ل").size();
      } else {
        if (!StartsWith(word.substr(pre), kAl)) continue;
        pre += kAl.size();
      }
      const uint8_t bits = conj.bit | prep.bit;
      if (bits == 0) continue;
      if (utf8::CountCodePoints(word.substr(pre)) < 3) continue;
      WordSplit s = none;
      s.proclitics = bits | kProAl;
      s.stem_begin = static_cast<idx_t>(pre);
      return s;
    }
  }
  return none;
}

std::string_view TokenStem(const Doc& doc, const Token& t) { return doc.Norm(t.stem); }
std::string_view TokenWord(const Doc& doc, const Token& t) { return doc.Norm(t.norm); }

void Tokenize(const Doc& doc, const KnownWords* known, std::vector<Token>* tokens) {
  tokens->clear();
  const std::string_view s = doc.norm;
  const size_t n = s.size();
  bool para_start = true;
  size_t i = 0;
  auto push = [&](size_t b, size_t e, uint16_t flags) {
    Token t;
    t.norm = {static_cast<idx_t>(b), static_cast<idx_t>(e)};
    t.stem = t.norm;
    t.flags = flags;
    if (para_start) t.flags |= kTokParaStart;
    para_start = false;
    if (flags & kTokWord) {
      WordSplit w = SplitClitics(s.substr(b, e - b), known, WrittenFinal(doc, b, e));
      t.proclitics = w.proclitics;
      t.enclitic = w.enclitic;
      t.stem = {static_cast<idx_t>(b + w.stem_begin), static_cast<idx_t>(b + w.stem_end)};
    }
    tokens->push_back(t);
  };
  while (i < n) {
    char32_t c;
    size_t len = utf8::Decode(s, i, &c);
    const CharClass cls = Classify(c);
    if (cls == CharClass::kNewline) { para_start = true; i += len; continue; }
    if (cls == CharClass::kSpace) { i += len; continue; }
    // A hashtag ("#مجلس_الوزراء_اليمني", "#ترمب") is words: "#" before a letter and "_" between
    // letters separate like spaces, so names inside hashtags are found.
    if ((c == '#' || c == '_') && i + len < n) {
      char32_t next;
      utf8::Decode(s, i + len, &next);
      bool after_letter = !tokens->empty() && tokens->back().norm.end == i &&
                          (tokens->back().flags & kTokWord);
      if (Classify(next) == CharClass::kLetter && (c == '#' || after_letter)) {
        i += len;
        continue;
      }
    }
    const size_t b = i;
    if (cls == CharClass::kDigit) {
      i += len;
      while (i < n) {
        len = utf8::Decode(s, i, &c);
        if (Classify(c) == CharClass::kDigit) { i += len; continue; }
        if (IsNumberJoiner(c) && i + len < n && s[i + len] >= '0' && s[i + len] <= '9') { i += len; continue; }
        break;
      }
      push(b, i, kTokNumber);
      continue;
    }
    if (cls == CharClass::kLetter) {
      i += len;
      while (i < n) {
        len = utf8::Decode(s, i, &c);
        if (Classify(c) != CharClass::kLetter) break;
        i += len;
      }
      push(b, i, kTokWord);
      continue;
    }
    // Punctuation: one mark per token, except a run of periods (an ellipsis, also NFKC's "...").
    i += len;
    uint16_t flags = kTokPunct;
    if (c == '.')
      while (i < n && s[i] == '.') ++i;
    if (IsClauseSep(c)) flags |= kTokClauseSep;
    if (IsQuote(c)) flags |= kTokQuote;
    push(b, i, flags);
  }
}

Status SegmentStage::Process(Doc& doc) const {
  if (doc.norm_to_orig.size() != doc.norm.size() + 1)
    return FailedPrecondition(fmt::format("segment: document {} is not normalized", doc.id));
  Tokenize(doc, known_, &doc.tokens);
  SplitSentences(doc);
  return Status::Ok();
}

}  // namespace mizan
