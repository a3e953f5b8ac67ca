// Dates that refer to other dates: "بعد يومين من القمة" (two days before the clause's day), "آنذاك" (then).
#pragma once

#include "mizan/doc.h"

namespace mizan {

// Adds to doc.times, for each "بعد|قبل <days> من" (يوم، يومين، N أيام، أسبوع، أسبوعين) followed by a
// word, the day of that word's act: the clause's own day-level date (the nearest in the sentence, else
// the story's date, else the publication date) minus the days after بعد, plus them after قبل. Such a
// phrase is marked of_next_noun: it governs only the event right after it (time/event_date.h). Needs
// doc.published; runs after the date grammar.
void AddOffsetDates(Doc& doc);

// Adds to doc.times, for each "آنذاك", "حينها", "وقتها" (then), the date of the latest date phrase
// before it in its sentence or the five before ("وفي التاسع من فبراير أعلن الجيش ... وقال المتحدث
// آنذاك": 9 February).
void AddBackReferenceDates(Doc& doc);

}  // namespace mizan
