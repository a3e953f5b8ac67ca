// KeyFilter never says "surely not" for a word it was given, and turns most other words away.
#include "mizan/key_filter.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace mizan {
namespace {
namespace key_filter_test {

TEST(KeyFilter, NoFalseNegativesAndFewFalsePositives) {
  // Words made of Arabic letters (U+0621..U+064A) of 2 to 9 letters, from a fixed generator.
  std::vector<std::string> words;
  unsigned x = 12345;
  auto next = [&] { return x = x * 1103515245u + 12345u; };
  for (int i = 0; i < 40000; ++i) {
    std::string w;
    int n = 2 + static_cast<int>(next() >> 16) % 8;
    for (int k = 0; k < n; ++k) {
      unsigned cp = 0x621 + (next() >> 16) % 42;
      w += static_cast<char>(0xC0 | (cp >> 6));
      w += static_cast<char>(0x80 | (cp & 0x3F));
    }
    words.push_back(w);
  }
  KeyFilter f;
  for (int i = 0; i < 20000; ++i) f.Add(words[i]);
  for (int i = 0; i < 20000; ++i) EXPECT_TRUE(f.MayContain(words[i])) << i;
  int maybe = 0;
  for (int i = 20000; i < 40000; ++i) maybe += f.MayContain(words[i]);
  EXPECT_LT(maybe, 20000 / 5);  // 20,000 keys in 2^18 bits: about 7% of other words pass
  EXPECT_FALSE(KeyFilter().MayContain(""));
  KeyFilter g(4);
  g.Add("");
  EXPECT_TRUE(g.MayContain(""));
}

}  // namespace key_filter_test
}  // namespace
}  // namespace mizan
