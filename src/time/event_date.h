// Which date phrase of Doc::times governs an event: its own clause, its sentence, the story's date.
#pragma once

#include "mizan/doc.h"

namespace mizan {

// The index in doc.times of the date phrase that governs ev (its trigger and sentence), or kNone:
// the publication date, approximate. Reads doc.events (the events made before ev) for carry-over.
// Rules and their reasons: docs/dates.md ("Which date an event takes").
idx_t PickEventTime(const Doc& doc, const Event& ev);

// The story's date: the first day-level date phrase resolved against publication that falls in the
// week before it ("الثلاثاء", "أمس", "مساء الأحد"), or kNone. Undated events of the story take it.
idx_t StoryTime(const Doc& doc);

}  // namespace mizan
