// Place cues: "في <city>", "في العاصمة الأردنية عمّان", "جنوب ليبيا", "الجنوب الليبي" -> Doc::cues (kPlace).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "attrib/forms.h"
#include "mizan/doc.h"
#include "place/gazetteer.h"

namespace mizan {

// How often each country (alpha-3) is named in the document: actor mentions and country names. Breaks
// ties between places of the same name (طرابلس: Libya or Lebanon).
std::map<std::string, int> CountryCounts(const Gazetteer& gaz, const FormCache& forms);

// Appends the place cues of sentence `s` to *out.
void FindPlaceCues(const Gazetteer& gaz, const FormCache& forms, idx_t s,
                   const std::map<std::string, int>& country_counts, std::vector<Cue>* out);

}  // namespace mizan
