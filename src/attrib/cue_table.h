// CueTable: the attribution, certainty, negation and broker cue words of data/attrib/cues.tsv.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "attrib/forms.h"
#include "mizan/doc.h"
#include "mizan/status.h"

namespace mizan {

class TsvTable;  // lex/tsv.h

struct CueRow {
  std::vector<std::string> words;  // matching form (forms.h SurfaceWords)
  CueKind kind = CueKind::kAttribution;
  std::string label;
  std::string surface;             // as written in the file, for messages
};

// A row that matched at a token, and how many tokens it covers.
struct CueMatch {
  const CueRow* row = nullptr;
  idx_t length = 0;
};

class CueTable {
 public:
  // Reads `path` (format `# mizan-cues v1`, see docs/data-formats.md).
  static StatusOr<CueTable> Load(const std::string& path);
  // Parses the file's text; `origin` names it in error messages.
  static StatusOr<CueTable> Parse(std::string_view text, std::string_view origin);
  // Builds the table from rows already read (lex/tsv.h).
  static StatusOr<CueTable> FromTable(const TsvTable& t);

  // Every row whose words match tokens [t, end), longest first. Verbs and nouns match inflected
  // forms (forms.h FormsMatch); words under three letters (لم لن ما قد) match exactly.
  void MatchAt(const FormCache& forms, idx_t t, idx_t end, std::vector<CueMatch>* out) const;

  size_t size() const { return rows_.size(); }
  const std::vector<CueRow>& rows() const { return rows_; }

 private:
  void Index();
  std::vector<CueRow> rows_;
  // Rows by the first letter a matching form can start with: the first word's own, and ي ت ن for
  // verbs that match their imperfect. Keeps MatchAt from trying every row at every token.
  std::unordered_map<std::string, std::vector<idx_t>> by_letter_;
};

}  // namespace mizan
