// RSS 2.0 and Atom feed files read into documents: <item>/<entry> title, link, date and body.
//
// A small tolerant scanner, not a validating XML parser: feeds in the wild are often not well formed,
// and only a handful of elements matter. Entities and CDATA are decoded, tags inside bodies stripped.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/input.h"

namespace mizan::stream {

// True when the text looks like a feed (<rss, <feed or <rdf:RDF near the start).
bool LooksLikeFeed(std::string_view xml);

// The feed's items as documents: id = guid/id, else link; text = title + "\n\n" + body (description,
// content, content:encoded or summary, tags stripped); published = the date (RFC 822 pubDate or ISO
// 8601 updated/published) as YYYY-MM-DD; outlet = the channel's title. Items without text are skipped.
std::vector<RawDoc> ParseFeed(std::string_view xml, const std::string& origin);

// "Tue, 14 Jun 2016 10:00:00 +0000" or "2016-06-14T10:00:00Z" -> "2016-06-14"; "" when neither.
std::string FeedDate(std::string_view value);

// Decodes &amp; &lt; &gt; &quot; &apos; and numeric references, unwraps CDATA, strips tags.
std::string FeedText(std::string_view raw);

}  // namespace mizan::stream
