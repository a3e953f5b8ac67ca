// A small segmented Arabic Doc for the dictionary fuzz targets: a table that parsed is matched against it.
#pragma once

#include <string>

#include "mizan/doc.h"
#include "text/normalize.h"
#include "text/tokenize.h"

namespace mizan::fuzz {

// Segmented without a dictionary (no clitic splits that need known words): enough tokens and
// sentences for MatchAt to walk, built once per process.
inline const Doc& SampleDoc() {
  static const Doc* doc = [] {
    auto* d = new Doc("fuzz-sample",
                      "قال وزير الخارجية المصري إن القاهرة ستستضيف المحادثات في 12 مارس 2019. "
                      "وأعلنت الحكومة الليبية في طرابلس أنها ترفض الاتهامات، ونفى المتحدث باسمها ذلك أمس.\n"
                      "التقى الرئيس نظيره التونسي في الجزائر، واتفق الجانبان على التعاون.");
    d->published = "2019-03-10";
    if (!Normalize(*d).ok()) std::abort();
    SegmentStage seg(nullptr);
    if (!seg.Process(*d).ok()) std::abort();
    d->done.push_back(seg.Provides());  // what the Coder records after each stage
    return d;
  }();
  return *doc;
}

}  // namespace mizan::fuzz
