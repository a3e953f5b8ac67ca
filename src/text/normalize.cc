#include "text/normalize.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <bitset>
#include <limits>
#include <memory>

#include <fmt/core.h>

#include "text/utf8.h"

namespace mizan {
namespace {

// What our own pass does to one code point after NFKC: drop it, or write `to` (often itself).
// Returns false to drop. Every rule here is listed, with its reason, in docs/text-layer.md.
inline bool MapCodePoint(char32_t c, char32_t* to) {
  *to = c;
  if (c < 0x80) return true;
  if (c >= 0x0600 && c <= 0x06FF) {
    if ((c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640) return false;  // tashkeel, tatweel
    if (c >= 0x0610 && c <= 0x061A) return false;                                   // honorific marks
    if ((c >= 0x06D6 && c <= 0x06DC) || (c >= 0x06DF && c <= 0x06E4) || c == 0x06E7 || c == 0x06E8 ||
        (c >= 0x06EA && c <= 0x06ED))
      return false;                                                                 // Quranic marks
    if (c == 0x061C) return false;                                                  // Arabic letter mark
    switch (c) {
      case 0x0622: case 0x0623: case 0x0625: case 0x0671: case 0x0672: case 0x0673: *to = 0x0627; return true;
      case 0x0649: case 0x0626: case 0x06CC: *to = 0x064A; return true;  // ى ئ ی -> ي
      case 0x0629: *to = 0x0647; return true;                             // ة -> ه
      case 0x0624: *to = 0x0648; return true;                             // ؤ -> و
      case 0x06A9: *to = 0x0643; return true;                             // ک -> ك
      default: break;
    }
    if (c >= 0x0660 && c <= 0x0669) { *to = '0' + (c - 0x0660); return true; }
    if (c >= 0x06F0 && c <= 0x06F9) { *to = '0' + (c - 0x06F0); return true; }
    return true;
  }
  switch (c) {
    case 0x200B: case 0x200C: case 0x200D: case 0x200E: case 0x200F:  // zero-width, LRM, RLM
    case 0x202A: case 0x202B: case 0x202C: case 0x202D: case 0x202E:  // bidi embeddings
    case 0x2066: case 0x2067: case 0x2068: case 0x2069:                // bidi isolates
    case 0x2060: case 0xFEFF: case 0x00AD:                             // word joiner, BOM, soft hyphen
      return false;
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      *to = ' ';
      return true;
    case 0x0085: case 0x2028: case 0x2029:
      *to = '\n';
      return true;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) { *to = ' '; return true; }
  return true;
}

const icu::Normalizer2* Nfkc() {
  static const icu::Normalizer2* nfkc = [] {
    UErrorCode st = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(st);
    return U_SUCCESS(st) ? n : nullptr;
  }();
  return nfkc;
}

// BMP code points that NFKC leaves alone whatever surrounds them (or that our pass drops anyway and
// that cannot compose with a neighbour). Text made only of these skips ICU: the common case.
const std::bitset<0x10000>& NfkcStable() {
  static const auto* table = [] {
    auto* t = new std::bitset<0x10000>();
    const icu::Normalizer2* n = Nfkc();
    if (!n) return t;  // no ICU data: every non-ASCII character takes the (failing-safe) ICU path
    for (char32_t c = 0; c < 0x10000; ++c) {
      if (c >= 0xD800 && c <= 0xDFFF) continue;
      // A boundary before every character means NFKC works character by character; each one
      // alone must then be NFKC already. (أ has a decomposition but recomposes, so it is stable.)
      bool stable = false;
      if (n->hasBoundaryBefore(static_cast<UChar32>(c))) {
        UErrorCode st = U_ZERO_ERROR;
        stable = n->isNormalized(icu::UnicodeString(static_cast<UChar32>(c)), st) && U_SUCCESS(st);
      }
      // Arabic marks are removed by our pass, and NFKC only reorders them, except hamza/madda
      // above/below, which compose with the letter before (ا+ٔ = أ).
      char32_t to;
      if (!stable && c >= 0x0600 && c <= 0x06FF && !MapCodePoint(c, &to) && !(c >= 0x0653 && c <= 0x0655))
        stable = true;
      if (stable) t->set(c);
    }
    return t;
  }();
  return *table;
}

bool NeedsNfkc(std::string_view s) {
  const auto& stable = NfkcStable();
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    char32_t c;
    i += utf8::Decode(s, i, &c);
    if (c >= 0x10000 || !stable.test(c)) return true;
  }
  return false;
}

// MapCodePoint for the Arabic block U+0600-U+06FF, as a table: 0 = drop, else the code point written.
const std::array<char32_t, 256>& ArabicBlock() {
  static const std::array<char32_t, 256> table = [] {
    std::array<char32_t, 256> t{};
    for (char32_t c = 0x0600; c <= 0x06FF; ++c) {
      char32_t to;
      t[c - 0x0600] = MapCodePoint(c, &to) ? to : 0;
    }
    return t;
  }();
  return table;
}

// Our pass over (NFKC-normalized) s. map[i] is the original offset of s's byte i (null: identity).
void Pass(std::string_view s, const std::vector<idx_t>* map, std::string* out, std::vector<idx_t>* to_orig) {
  out->reserve(out->size() + s.size());
  if (to_orig) to_orig->reserve(to_orig->size() + s.size() + 1);
  const auto& arabic = ArabicBlock();
  const size_t n = s.size();
  size_t i = 0;
  while (i < n) {
    const auto b = static_cast<unsigned char>(s[i]);
    const idx_t orig = map ? (*map)[i] : static_cast<idx_t>(i);
    if (b < 0x80) {
      out->push_back(static_cast<char>(b));
      if (to_orig) to_orig->push_back(orig);
      ++i;
      continue;
    }
    // Fast path: a well-formed two-byte character of the Arabic block (most of the text).
    if ((b == 0xD8 || b == 0xD9 || b == 0xDA || b == 0xDB) && i + 1 < n &&
        (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
      const char32_t c = ((b & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
      const char32_t to = arabic[c - 0x0600];
      if (to == c) {
        out->push_back(s[i]);
        out->push_back(s[i + 1]);
        if (to_orig) {
          to_orig->push_back(orig);
          to_orig->push_back(orig);
        }
      } else if (to != 0) {
        const size_t before = out->size();
        utf8::Append(out, to);
        if (to_orig) to_orig->insert(to_orig->end(), out->size() - before, orig);
      }
      i += 2;
      continue;
    }
    char32_t c;
    const size_t len = utf8::Decode(s, i, &c);
    char32_t to;
    if (MapCodePoint(c, &to)) {
      if (to == c && c != utf8::kReplacement) {
        out->append(s.data() + i, len);
        if (to_orig) to_orig->insert(to_orig->end(), len, orig);
      } else {
        const size_t before = out->size();
        utf8::Append(out, to);
        if (to_orig) to_orig->insert(to_orig->end(), out->size() - before, orig);
      }
    }
    i += len;
  }
}

// NFKC of s into *composed; *map (may be null) gets, for each byte of composed, the byte of s where
// its source starts (for a changed span, the span's start), and s.size() last.
bool Compose(const icu::Normalizer2& nfkc, std::string_view s, std::string* composed, std::vector<idx_t>* map) {
  composed->reserve(s.size() + 16);
  icu::StringByteSink<std::string> sink(composed);
  icu::Edits edits;
  UErrorCode st = U_ZERO_ERROR;
  nfkc.normalizeUTF8(0, icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), sink, map ? &edits : nullptr, st);
  if (U_FAILURE(st)) return false;
  if (!map) return true;
  map->assign(composed->size() + 1, static_cast<idx_t>(s.size()));
  const auto size = static_cast<int32_t>(composed->size());
  icu::Edits::Iterator it = edits.getFineIterator();
  UErrorCode ist = U_ZERO_ERROR;
  while (it.next(ist) && U_SUCCESS(ist)) {
    const int32_t src = it.sourceIndex(), dst = it.destinationIndex();
    if (it.hasChange()) {
      for (int32_t k = 0; k < it.newLength() && dst + k < size; ++k) (*map)[dst + k] = static_cast<idx_t>(src);
    } else {
      for (int32_t k = 0; k < it.oldLength() && dst + k < size; ++k) (*map)[dst + k] = static_cast<idx_t>(src + k);
    }
  }
  return true;
}

bool IsNfkc(const icu::Normalizer2& nfkc, std::string_view s) {
  if (!NeedsNfkc(s)) return true;
  UErrorCode st = U_ZERO_ERROR;
  const bool yes = nfkc.isNormalizedUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())), st);
  return U_FAILURE(st) || yes;
}

}  // namespace

void NormalizeWithOffsets(std::string_view utf8, std::string* out, std::vector<idx_t>* to_orig) {
  out->clear();
  if (to_orig) to_orig->clear();
  const icu::Normalizer2* nfkc = Nfkc();
  if (!nfkc || !NeedsNfkc(utf8)) {
    Pass(utf8, nullptr, out, to_orig);
    if (to_orig) to_orig->push_back(static_cast<idx_t>(utf8.size()));
    return;
  }
  // NFKC, then our pass. Removing a character can bring two others together that NFKC composes
  // (a + ZWNJ + U+0309 -> a + U+0309 -> ả), so repeat until NFKC has nothing left to do: the result
  // must not change when normalized again (dictionaries and queries get normalized twice).
  std::string cur(utf8);
  std::vector<idx_t> cur_map;  // byte of cur -> byte of utf8 (empty in round 0: identity)
  for (int round = 0;; ++round) {
    std::string composed;
    std::vector<idx_t> map;
    if (!Compose(*nfkc, cur, &composed, to_orig ? &map : nullptr)) {
      composed = cur;  // ICU failed (out of memory): our pass alone still gives consistent offsets
      if (to_orig) {
        map.resize(cur.size() + 1);
        for (size_t i = 0; i < map.size(); ++i) map[i] = static_cast<idx_t>(i);
      }
    }
    if (to_orig && !cur_map.empty())
      for (idx_t& m : map) m = cur_map[m];
    out->clear();
    if (to_orig) to_orig->clear();
    Pass(composed, to_orig ? &map : nullptr, out, to_orig);
    if (round == 3 || IsNfkc(*nfkc, *out)) break;
    cur = *out;
    if (to_orig) {
      cur_map = *to_orig;
      cur_map.push_back(static_cast<idx_t>(utf8.size()));
    }
  }
  if (to_orig) to_orig->push_back(static_cast<idx_t>(utf8.size()));
}

std::string NormalizeForMatch(std::string_view utf8) {
  std::string out;
  NormalizeWithOffsets(utf8, &out, nullptr);
  return out;
}

Status Normalize(Doc& doc) {
  // Offsets are idx_t; NFKC can grow text (ﷺ is 18 code points), so leave plenty of headroom.
  if (doc.text().size() > std::numeric_limits<idx_t>::max() / 8)
    return ResourceExhausted(fmt::format("document {} is too large to normalize ({} bytes)", doc.id, doc.text().size()));
  NormalizeWithOffsets(doc.text(), &doc.norm, &doc.norm_to_orig);
  return Status::Ok();
}

Status NormalizeStage::Process(Doc& doc) const { return Normalize(doc); }

}  // namespace mizan
