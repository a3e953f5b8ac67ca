// Word forms for the claims and places layers: each token's plausible bases (clitics off), cached per Doc.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "mizan/doc.h"

namespace mizan {

// A normalized word without a leading ال (only when two letters or more remain).
std::string DropArticle(std::string_view normalized_word);
// The same, as a view into the word.
std::string_view DropArticleView(std::string_view normalized_word);

// A dictionary surface in matching form: normalized (text/normalize.h), article dropped, per word.
std::vector<std::string> SurfaceWords(std::string_view surface);

// True when `word` (matching form) is one of `forms`; with `inflect`, also when a form is the word
// with a verb or noun ending (ت ا وا تا ن نا ون ين ان ه), a final ي dropped before ت/وا/ا (نفى→نفت),
// or an imperfect prefix ي swapped for ت/ن (يؤكد→تؤكد). Words under three letters never inflect.
bool FormsMatch(const std::vector<std::string>& forms, std::string_view word, bool inflect);

// The forms of every token of a Doc, computed once: the token's stem and whole text, each also
// without proclitics (و ف then ب ل ك, لل→ال) and without a pronoun suffix, all in matching form.
class FormCache {
 public:
  explicit FormCache(const Doc& doc);
  // Only the tokens of `only` get forms (the others have none): for one sentence of a large Doc.
  FormCache(const Doc& doc, Range only);
  // A token past the last one has no forms and no text: the rules look one token ahead of a cue
  // without checking, and a cue can end the document (the text "ما" alone; found by api_fuzz).
  const std::vector<std::string>& Forms(idx_t t) const { return t < forms_.size() ? forms_[t] : NoForms(); }
  // The whole written token as normalized in doc.norm (clitics and article kept).
  std::string_view Plain(idx_t t) const { return t < forms_.size() ? doc_.TokenText(t) : std::string_view(); }
  const Doc& doc() const { return doc_; }
  size_t size() const { return forms_.size(); }

 private:
  static const std::vector<std::string>& NoForms() {
    static const std::vector<std::string> none;
    return none;
  }
  const Doc& doc_;
  std::vector<std::vector<std::string>> forms_;
};

// Byte where a token's word starts once its proclitics (و ف ب ل ك) are set aside, keeping ال.
idx_t WordStartKeepingArticle(const Doc& doc, idx_t t);

}  // namespace mizan
