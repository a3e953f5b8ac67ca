// Dates counted from another date: "بعد يومين من القمة" dates the summit two days before the clause's day.
#pragma once

#include "mizan/doc.h"

namespace mizan {

// Adds to doc.times, for each "بعد|قبل <days> من" (يوم، يومين، N أيام، أسبوع، أسبوعين) followed by a
// word, the day of that word's act: the clause's own day-level date (the nearest in the sentence, else
// the story's date, else the publication date) minus the days after بعد, plus them after قبل. Such a
// phrase is marked of_next_noun: it governs only the event right after it (time/event_date.h). Needs
// doc.published; runs after the date grammar.
void AddOffsetDates(Doc& doc);

}  // namespace mizan
