// Rows for the PostgreSQL store: a document's tables and its events as JSON rows for set-based inserts.
//
// PostgresStore writes a whole batch per table in one statement, `INSERT ... SELECT ... FROM
// json_to_recordset($1)`: one parameter, one round trip, and the server parses and routes the rows to
// their partitions. The column lists here are the single place that knows the events table's layout.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "mizan/doc.h"

namespace mizan::pg {

struct Column {
  const char* name;
  const char* type;  // as json_to_recordset reads it (record is text, cast to json on insert)
};

// The events table's columns fed from the record, in insert order (no `search`, computed by SQL).
const std::vector<Column>& EventColumns();
const std::vector<Column>& DocumentColumns();
const std::vector<Column>& SentenceColumns();
const std::vector<Column>& MentionColumns();
const std::vector<Column>& ActorColumns();

// "a, b, c" and "a text, b integer, c ..." for a column list.
std::string ColumnNames(const std::vector<Column>& columns);
std::string ColumnDefinitions(const std::vector<Column>& columns);

// The partition key of an event: "YYYY-MM-01" for a date value of day or month precision
// ("2016-06-14", "2016-06"), "" otherwise (year, week, quarter, undated: the default partition).
std::string EventMonth(const nlohmann::json& event);
// "events_2016_06" for "2016-06-01"; the month after, "2016-07-01".
std::string PartitionName(std::string_view month);
std::string NextMonth(std::string_view month);

// Code points [begin, end) of UTF-8 text (clamped), for the sentence an event's offsets point at.
std::string_view CodePointSlice(std::string_view text, int64_t begin, int64_t end);

// One row per table. `search_text` is the event's sentence already normalized (NormalizeForMatch).
nlohmann::json EventRow(const std::string& doc_id, const nlohmann::json& event, const std::string& search_text);
nlohmann::json DocumentRow(const Doc& doc, const std::string& content_hash, std::string_view pipeline_version,
                           const std::string& coded_at);
void AppendSentenceRows(const Doc& doc, nlohmann::json& rows);
// Mentions of doc; the actor codes they name (not pronouns) go to actor_rows.
void AppendMentionRows(const Doc& doc, nlohmann::json& mention_rows, nlohmann::json& actor_rows);

}  // namespace mizan::pg
