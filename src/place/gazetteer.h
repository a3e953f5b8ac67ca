// Gazetteer: the places of data/places/gazetteer.tsv (GeoNames, CC BY 4.0), looked up by Arabic name.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "attrib/forms.h"
#include "mizan/doc.h"
#include "mizan/key_filter.h"
#include "mizan/status.h"

namespace mizan {

class TsvTable;  // lex/tsv.h

struct Place {
  enum Kind : uint8_t { kCity, kCapital, kCountry };
  std::string name;        // canonical Arabic name (the gazetteer key)
  std::string country;     // ISO alpha-3
  double lat = 0, lon = 0; // a country row carries its capital's coordinates
  int64_t population = 0;
  std::string admin1;
  Kind kind = kCity;
};

class Gazetteer {
 public:
  // Reads `path` (format `# mizan-gazetteer v1`, see data/places/README.md).
  static StatusOr<Gazetteer> Load(const std::string& path);
  static StatusOr<Gazetteer> Parse(std::string_view text, std::string_view origin);
  // Builds the table from rows already read (lex/tsv.h).
  static StatusOr<Gazetteer> FromTable(const TsvTable& t);

  // Cities and capitals whose name (or a variant) covers tokens [t, t+*len) with t+*len <= end,
  // longest name first; fills *ids with every such place (a name may name several). False if none.
  // *skip (when given) gets the bytes of token t before the name: و/ف and بـ/لـ/كـ, not the article.
  bool MatchCity(const FormCache& forms, idx_t t, idx_t end, idx_t* len, std::vector<idx_t>* ids,
                 idx_t* skip = nullptr) const;
  // The country row whose name covers tokens from t, or kNone; sets *len.
  idx_t MatchCountry(const FormCache& forms, idx_t t, idx_t end, idx_t* len, idx_t* skip = nullptr) const;
  // The country row of a nationality adjective at token t (ليبي، الليبية، ليبيين), or kNone.
  idx_t CountryOfDemonym(const FormCache& forms, idx_t t) const;
  // The country row of an ISO alpha-3 code, or kNone.
  idx_t CountryRow(std::string_view alpha3) const;

  const Place& place(idx_t i) const { return places_[i]; }
  size_t size() const { return places_.size(); }

 private:
  struct Name {
    std::vector<std::string> words;  // matching form, without the article
    idx_t place;
    bool definite = false;           // written with the article (القاهرة), or never (بغداد)
  };
  bool Match(const FormCache& forms, idx_t t, idx_t end, bool countries, idx_t* len,
             std::vector<idx_t>* ids, idx_t* skip = nullptr) const;
  std::vector<Place> places_;
  std::vector<Name> names_;
  struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // first word -> names_ (looked up by string_view: no string per token tried)
  std::unordered_map<std::string, std::vector<idx_t>, ViewHash, std::equal_to<>> by_first_;
  KeyFilter first_filter_{16};  // the keys of by_first_: most words tried are no place
  std::unordered_map<std::string, idx_t> demonyms_;                // matching form -> country row
  std::unordered_map<std::string, idx_t> countries_;               // alpha-3 -> country row
};

}  // namespace mizan
