#include "text/sentences.h"

#include <array>

#include "text/utf8.h"

namespace mizan {
namespace {

// Titles and short forms written with a period in Arabic and English news (normalized forms).
constexpr std::array<std::string_view, 16> kAbbreviations = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs", "No", "Gen", "Col"};

bool Is(std::string_view tok, std::string_view what) { return tok == what; }

}  // namespace

bool IsAbbreviation(std::string_view w) {
  if (utf8::CountCodePoints(w) == 1) {
    // A single letter and a period: أ. د. م. (professor, doctor, engineer), initials, U.S.
    char32_t c;
    utf8::Decode(w, 0, &c);
    return c >= 0x80 || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
  for (auto a : kAbbreviations)
    if (w == a) return true;
  return false;
}

void SplitSentences(Doc& doc) {
  doc.sentences.clear();
  const std::string_view s = doc.norm;
  const idx_t nt = static_cast<idx_t>(doc.tokens.size());
  idx_t start = 0;
  int depth = 0;          // open quotes and brackets
  int dquotes = 0;        // open ASCII double quotes (counted in depth too)
  bool pending = false;   // a sentence end was seen; the sentence closes before the next real token
  idx_t paragraph = 0;
  bool first = true;
  auto close = [&](idx_t end) {
    if (end <= start) return;
    Sentence sent;
    sent.tokens = {start, end};
    sent.norm = {doc.tokens[start].norm.begin, doc.tokens[end - 1].norm.end};
    sent.paragraph = paragraph;
    const idx_t si = static_cast<idx_t>(doc.sentences.size());
    for (idx_t t = start; t < end; ++t) doc.tokens[t].sentence = si;
    doc.sentences.push_back(sent);
    start = end;
  };
  for (idx_t t = 0; t < nt; ++t) {
    const Token& tok = doc.tokens[t];
    const std::string_view text = doc.Norm(tok.norm);
    if (tok.flags & kTokParaStart) {
      close(t);
      if (!first) ++paragraph;
      depth = 0;
      dquotes = 0;
      pending = false;
    }
    first = false;
    const bool punct = tok.flags & kTokPunct;
    const bool dots = punct && text.size() >= 1 && text.find_first_not_of('.') == std::string_view::npos;
    const bool terminator = punct && (dots || Is(text, "?") || Is(text, "!") || Is(text, "؟"));
    // ASCII " opens and closes alike: read its direction from what it is attached to ("word or word").
    bool dq_open = false, dq_close = false;
    if (punct && Is(text, "\"")) {
      const bool glued_before = t > 0 && doc.tokens[t - 1].norm.end == tok.norm.begin &&
                                !(doc.tokens[t - 1].flags & kTokPunct);
      const bool glued_after = t + 1 < nt && doc.tokens[t + 1].norm.begin == tok.norm.end &&
                               !(doc.tokens[t + 1].flags & kTokPunct);
      if (glued_before && !glued_after) dq_close = dquotes > 0;
      else if (glued_after && !glued_before) dq_open = true;
      else if (dquotes > 0) dq_close = true;
      else dq_open = true;
    }
    const bool closer = punct && (Is(text, "»") || Is(text, "”") || Is(text, ")") || Is(text, "]") ||
                                  Is(text, "}") || dq_close);
    if (pending) {
      // Let a run of end marks (?! ...) and closing quotes stay with the sentence they end.
      if (!(terminator || (closer && depth == 0))) {
        close(t);
        pending = false;
      }
    }
    if (!punct) continue;
    if (Is(text, "«") || Is(text, "“") || Is(text, "(") || Is(text, "[") || Is(text, "{")) {
      ++depth;
    } else if (dq_open) {
      ++dquotes;
      ++depth;
    } else if (closer) {
      if (depth > 0) --depth;
      if (dq_close) --dquotes;
    } else if (terminator && depth == 0) {
      if (dots) {
        // Not after an abbreviation (د. أ.) and only before a space, quote or the end (not u.s or a URL).
        const bool after_word = t > 0 && (doc.tokens[t - 1].flags & kTokWord) &&
                                doc.tokens[t - 1].norm.end == tok.norm.begin;
        // ... but "2020 م." and "1440 هـ." (era letters after a year) do end sentences.
        const bool era = t > 1 && (doc.tokens[t - 2].flags & kTokNumber);
        if (after_word && !era && Is(text, ".") && IsAbbreviation(doc.Norm(doc.tokens[t - 1].norm))) continue;
        if (tok.norm.end < s.size()) {
          const char next = s[tok.norm.end];
          if (next != ' ' && next != '\n' && next != '\t' && next != '\r' &&
              !(t + 1 < nt && doc.tokens[t + 1].norm.begin == tok.norm.end && (doc.tokens[t + 1].flags & kTokPunct)))
            continue;
        }
      }
      pending = true;
    }
  }
  close(nt);
}

}  // namespace mizan
