#include "stream/feed_xml.h"

#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>

#include <fmt/core.h>

namespace mizan::stream {
namespace {

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return;
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Decodes entities in s (no tags, no CDATA).
std::string Unescape(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '&') {
      out.push_back(s[i]);
      continue;
    }
    size_t semi = s.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out.push_back('&');
      continue;
    }
    std::string_view name = s.substr(i + 1, semi - i - 1);
    if (name == "amp") out += '&';
    else if (name == "lt") out += '<';
    else if (name == "gt") out += '>';
    else if (name == "quot") out += '"';
    else if (name == "apos") out += '\'';
    else if (name == "nbsp") out += ' ';
    else if (!name.empty() && name[0] == '#') {
      uint32_t cp = 0;
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      for (char c : name.substr(hex ? 2 : 1)) {
        int v = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                : hex && std::isxdigit(static_cast<unsigned char>(c)) ? (std::tolower(c) - 'a' + 10) : -1;
        if (v < 0 || cp > 0x10FFFF) { cp = 0; break; }
        cp = cp * (hex ? 16 : 10) + v;
      }
      AppendUtf8(cp, &out);
    } else {
      out.append(s.substr(i, semi - i + 1));  // unknown entity: kept as written
    }
    i = semi;
  }
  return out;
}

// Strips tags from s (already unescaped once when the body was escaped HTML); block tags become breaks.
std::string StripTags(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') {
      size_t close = s.find('>', i);
      if (close == std::string_view::npos) break;
      std::string_view tag = s.substr(i + 1, close - i - 1);
      if (tag.starts_with("p") || tag.starts_with("/p") || tag.starts_with("br") || tag.starts_with("div") ||
          tag.starts_with("/div"))
        out += '\n';
      i = close;
    } else {
      out.push_back(s[i]);
    }
  }
  // Trim and collapse runs of blank lines.
  std::string tidy;
  for (char c : out) {
    if (c == '\n' && tidy.size() >= 2 && tidy[tidy.size() - 1] == '\n' && tidy[tidy.size() - 2] == '\n') continue;
    tidy.push_back(c);
  }
  size_t b = tidy.find_first_not_of(" \t\r\n"), e = tidy.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : tidy.substr(b, e - b + 1);
}

// The inner text of the first <name ...>...</name> in s, or "" (also "" for <name/>).
std::string_view Element(std::string_view s, std::string_view name, std::string_view* attrs = nullptr) {
  size_t pos = 0;
  while ((pos = s.find(fmt::format("<{}", name), pos)) != std::string_view::npos) {
    size_t after = pos + 1 + name.size();
    if (after >= s.size()) return {};
    char c = s[after];
    if (c != '>' && c != ' ' && c != '/' && c != '\t' && c != '\n' && c != '\r') {
      pos = after;
      continue;
    }
    size_t gt = s.find('>', after);
    if (gt == std::string_view::npos) return {};
    if (attrs) *attrs = s.substr(after, gt - after);
    if (s[gt - 1] == '/') return {};
    size_t end = s.find(fmt::format("</{}>", name), gt);
    if (end == std::string_view::npos) return {};
    return s.substr(gt + 1, end - gt - 1);
  }
  return {};
}

std::string Attribute(std::string_view attrs, std::string_view name) {
  size_t pos = attrs.find(fmt::format("{}=", name));
  if (pos == std::string_view::npos || pos + name.size() + 1 >= attrs.size()) return "";
  char q = attrs[pos + name.size() + 1];
  if (q != '"' && q != '\'') return "";
  size_t start = pos + name.size() + 2, end = attrs.find(q, start);
  return end == std::string_view::npos ? "" : Unescape(attrs.substr(start, end - start));
}

}  // namespace

std::string FeedText(std::string_view raw) {
  // CDATA sections are literal; the rest is escaped text. Either may hold HTML, whose tags are stripped.
  std::string text;
  size_t i = 0;
  while (i < raw.size()) {
    size_t cd = raw.find("<![CDATA[", i);
    if (cd == std::string_view::npos) {
      text += Unescape(raw.substr(i));
      break;
    }
    text += Unescape(raw.substr(i, cd - i));
    size_t end = raw.find("]]>", cd + 9);
    if (end == std::string_view::npos) end = raw.size();
    text += raw.substr(cd + 9, end - cd - 9);
    i = end + 3;
  }
  std::string stripped = StripTags(text);
  // Escaped HTML (&lt;p&gt;) only becomes tags after unescaping; its own entities need a second pass.
  return stripped.find('&') != std::string::npos ? Unescape(stripped) : stripped;
}

std::string FeedDate(std::string_view v) {
  while (!v.empty() && std::isspace(static_cast<unsigned char>(v.front()))) v.remove_prefix(1);
  std::string iso = NormalizePublished(v);
  if (!iso.empty()) return iso;
  // RFC 822: [Day, ]DD Mon YYYY ...
  if (size_t comma = v.find(','); comma != std::string_view::npos && comma < 5) v.remove_prefix(comma + 1);
  int day = 0, year = 0;
  char mon[4] = {};
  std::string s(v);
  if (std::sscanf(s.c_str(), " %d %3s %d", &day, mon, &year) != 3) return "";
  static const std::array<const char*, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (std::string_view(mon) == kMonths[m]) {
      if (year < 100) year += 2000;
      return NormalizePublished(fmt::format("{:04d}-{:02d}-{:02d}", year, m + 1, day));
    }
  }
  return "";
}

bool LooksLikeFeed(std::string_view xml) {
  std::string_view head = xml.substr(0, 2048);
  return head.find("<rss") != std::string_view::npos || head.find("<feed") != std::string_view::npos ||
         head.find("<rdf:RDF") != std::string_view::npos;
}

std::vector<RawDoc> ParseFeed(std::string_view xml, const std::string& origin) {
  std::vector<RawDoc> docs;
  bool atom = xml.substr(0, 2048).find("<feed") != std::string_view::npos;
  std::string_view item_tag = atom ? "entry" : "item";
  // The channel's (feed's) own title: the first <title> before the first item.
  size_t first_item = xml.find(fmt::format("<{}", item_tag));
  std::string outlet = FeedText(Element(xml.substr(0, first_item), "title"));
  size_t pos = first_item, n = 0;
  while (pos != std::string_view::npos) {
    std::string_view rest = xml.substr(pos);
    std::string_view body = Element(rest, item_tag);
    size_t end = rest.find(fmt::format("</{}>", item_tag));
    if (end == std::string_view::npos) break;
    ++n;
    RawDoc d;
    d.origin = fmt::format("{}#{}", origin, n);
    d.outlet = outlet;
    d.title = FeedText(Element(body, "title"));
    std::string_view link_attrs;
    std::string_view link = Element(body, "link", &link_attrs);
    d.url = link.empty() ? Attribute(link_attrs, "href") : FeedText(link);
    std::string id = FeedText(Element(body, atom ? "id" : "guid"));
    d.id = !id.empty() ? id : !d.url.empty() ? d.url : d.origin;
    for (std::string_view tag : {"pubDate", "published", "updated", "dc:date"}) {
      d.published = FeedDate(FeedText(Element(body, tag)));
      if (!d.published.empty()) break;
    }
    std::string text;
    for (std::string_view tag : {"content:encoded", "content", "description", "summary"}) {
      text = FeedText(Element(body, tag));
      if (!text.empty()) break;
    }
    d.text = d.title.empty() ? text : text.empty() ? d.title : d.title + "\n\n" + text;
    if (!d.text.empty()) docs.push_back(std::move(d));
    pos = xml.find(fmt::format("<{}", item_tag), pos + end);
  }
  return docs;
}

}  // namespace mizan::stream
