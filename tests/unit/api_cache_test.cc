// Tests for src/api/response_cache: keys ignore parameter order, LRU eviction, clearing.
#include "api/response_cache.h"

#include <gtest/gtest.h>

namespace mizan::api {
namespace {
namespace api_cache_test {

ApiRequest Req(std::string path, std::vector<std::pair<std::string, std::string>> query) {
  ApiRequest r;
  r.path = std::move(path);
  r.query = std::move(query);
  return r;
}

TEST(ResponseCache, KeysIgnoreParameterOrderOnly) {
  struct Case {
    ApiRequest a, b;
    bool same;
  };
  const std::vector<Case> cases = {
      {Req("/api/events", {{"a", "1"}, {"b", "2"}}), Req("/api/events", {{"b", "2"}, {"a", "1"}}), true},
      {Req("/api/events", {{"a", "1"}}), Req("/api/events", {{"a", "2"}}), false},
      {Req("/api/events", {{"a", "1"}}), Req("/api/dyads", {{"a", "1"}}), false},
      {Req("/api/events", {{"a", "1=b"}}), Req("/api/events", {{"a=1", "b"}}), false},
      {Req("/api/events", {}), Req("/api/events", {{"limit", ""}}), false},
  };
  for (const Case& c : cases)
    EXPECT_EQ(ResponseCache::Key(c.a) == ResponseCache::Key(c.b), c.same) << ResponseCache::Key(c.a);
}

TEST(ResponseCache, KeepsTheMostRecentAndClears) {
  ResponseCache cache(2);
  ApiResponse r;
  for (const char* k : {"a", "b"}) {
    r.body = k;
    cache.Put(k, r);
  }
  ASSERT_TRUE(cache.Get("a").has_value());  // a is now the most recent
  r.body = "c";
  cache.Put("c", r);                        // evicts b
  EXPECT_FALSE(cache.Get("b").has_value());
  EXPECT_EQ(cache.Get("a")->body, "a");
  EXPECT_EQ(cache.Get("c")->body, "c");
  cache.Clear();
  EXPECT_FALSE(cache.Get("a").has_value());
  ResponseCache off(0);
  off.Put("a", r);
  EXPECT_FALSE(off.Get("a").has_value());
}

}  // namespace api_cache_test
}  // namespace
}  // namespace mizan::api
