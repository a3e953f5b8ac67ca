// KeyFilter: a one-hash bit filter that says quickly that a word is surely not in a set of words.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace mizan {

// Most lookups of running text in a dictionary's hash set miss (every token, every clitic split, every
// place name candidate). Hashing the whole word and comparing strings for those misses was a fifth of
// coding time; this filter answers most of them from a few bytes of the word: its length, its first
// two and last two letters (in Arabic UTF-8, a letter's second byte tells it apart). No false
// negatives: a word added is always "maybe", and a "maybe" still needs the set's own lookup.
class KeyFilter {
 public:
  // 2^log2_bits bits (6 to 26; 18 = 32 KB).
  explicit KeyFilter(unsigned log2_bits = 18)
      : mask_((1u << Clamp(log2_bits)) - 1), bits_(((1u << Clamp(log2_bits)) + 63) / 64, 0) {}

  void Add(std::string_view w) {
    const uint32_t s = Slot(w);
    bits_[s >> 6] |= uint64_t{1} << (s & 63);
  }
  bool MayContain(std::string_view w) const {
    const uint32_t s = Slot(w);
    return (bits_[s >> 6] >> (s & 63)) & 1;
  }

 private:
  static unsigned Clamp(unsigned b) { return b < 6 ? 6 : b > 26 ? 26 : b; }
  uint32_t Slot(std::string_view w) const {
    const size_t n = w.size();
    auto at = [&](size_t i) { return i < n ? static_cast<uint32_t>(static_cast<unsigned char>(w[i])) : 0u; };
    uint32_t h = static_cast<uint32_t>(n);
    h = h * 131 + at(1);
    h = h * 131 + at(3);
    h = h * 131 + (n ? at(n - 1) : 0u);
    h = h * 131 + (n >= 3 ? at(n - 3) : 0u);
    return (h * 0x9E3779B1u >> 7) & mask_;
  }

  uint32_t mask_;
  std::vector<uint64_t> bits_;
};

}  // namespace mizan
