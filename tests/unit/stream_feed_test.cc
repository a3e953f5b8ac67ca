// Feed files and stream messages: RSS/Atom items to documents, dates, entities, message round trip and ids.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "stream/doc_message.h"
#include "stream/feed_xml.h"

namespace mizan::stream {
namespace {
namespace stream_feed_test {

TEST(StreamFeedDate, Formats) {
  struct Case {
    std::string in, want;
  };
  const std::vector<Case> cases = {
      {"Tue, 14 Jun 2016 10:00:00 +0000", "2016-06-14"},
      {"3 Feb 2021 08:00 GMT", "2021-02-03"},
      {"2019-11-30T23:59:00Z", "2019-11-30"},
      {"  2020-01-05", "2020-01-05"},
      {"Mon, 31 Foo 2016 10:00:00", ""},
      {"yesterday", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(FeedDate(c.in), c.want) << c.in;
}

TEST(StreamFeedText, EntitiesCdataTags) {
  struct Case {
    std::string in, want;
  };
  const std::vector<Case> cases = {
      {"Fish &amp; chips", "Fish & chips"},
      {"&#1605;&#x64A;&#1586;&#1575;&#1606;", "ميزان"},
      {"<![CDATA[<p>زار <b>الوزير</b> القاهرة</p>]]>", "زار الوزير القاهرة"},
      {"&lt;p&gt;a &amp;amp; b&lt;/p&gt;", "a & b"},
      {"  plain  ", "plain"},
  };
  for (const Case& c : cases) EXPECT_EQ(FeedText(c.in), c.want) << c.in;
}

TEST(StreamFeed, RssItems) {
  const std::string rss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>صحيفة المثال</title><link>https://example.org/</link>
<item><title>عمان تستضيف وفدا مصريا</title><link>https://example.org/a/1</link>
<guid>ex-1</guid><pubDate>Wed, 15 Dec 2021 09:00:00 +0200</pubDate>
<description><![CDATA[<p>استقبل الملك وفدا من القاهرة.</p>]]></description></item>
<item><title>خبر بلا نص</title><link>https://example.org/a/2</link></item>
<item><title></title><description></description></item>
</channel></rss>)";
  std::vector<RawDoc> docs = ParseFeed(rss, "f.rss");
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].id, "ex-1");
  EXPECT_EQ(docs[0].outlet, "صحيفة المثال");
  EXPECT_EQ(docs[0].published, "2021-12-15");
  EXPECT_EQ(docs[0].url, "https://example.org/a/1");
  EXPECT_EQ(docs[0].text, "عمان تستضيف وفدا مصريا\n\nاستقبل الملك وفدا من القاهرة.");
  EXPECT_EQ(docs[1].id, "https://example.org/a/2");  // no guid: the link
  EXPECT_EQ(docs[1].text, "خبر بلا نص");
}

TEST(StreamFeed, AtomEntries) {
  const std::string atom = R"(<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title>
<entry><title type="html">وزير &amp; سفير</title><link rel="alternate" href="https://x.test/e1"/>
<id>tag:x.test,2020:e1</id><updated>2020-03-04T10:00:00Z</updated>
<content type="html">&lt;p&gt;التقى الوزير السفير.&lt;/p&gt;</content></entry></feed>)";
  std::vector<RawDoc> docs = ParseFeed(atom, "a.atom");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].id, "tag:x.test,2020:e1");
  EXPECT_EQ(docs[0].url, "https://x.test/e1");
  EXPECT_EQ(docs[0].published, "2020-03-04");
  EXPECT_EQ(docs[0].outlet, "Atom Outlet");
  EXPECT_EQ(docs[0].text, "وزير & سفير\n\nالتقى الوزير السفير.");
  EXPECT_TRUE(LooksLikeFeed(atom));
  EXPECT_FALSE(LooksLikeFeed("{\"id\":\"x\"}"));
}

TEST(StreamMessage, RoundTripAndIds) {
  RawDoc d;
  d.id = "doc-7";
  d.text = "استقبل الملك وفدا.";
  d.published = "2021-12-15";
  d.outlet = "Petra";
  auto back = DocFromMessage(DocToMessage(d));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->id, d.id);
  EXPECT_EQ(back->text, d.text);
  EXPECT_EQ(back->published, d.published);
  EXPECT_EQ(back->outlet, d.outlet);
  EXPECT_EQ(MessageId(d), MessageId(*back));  // same document, same id: JetStream drops the repeat
  RawDoc other = d;
  other.text += " ";
  EXPECT_NE(MessageId(d), MessageId(other));
  other = d;
  other.id = "doc-8";
  EXPECT_NE(MessageId(d), MessageId(other));
  EXPECT_NE(RecodeMessageId(d, "v2"), MessageId(d));
  for (const char* bad : {"not json", "[1,2]", "{\"text\":\"no id\"}", "{\"id\":\"x\"}"})
    EXPECT_FALSE(DocFromMessage(bad).ok()) << bad;
}

}  // namespace stream_feed_test
}  // namespace
}  // namespace mizan::stream
