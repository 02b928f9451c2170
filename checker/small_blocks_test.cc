#include "small_blocks.h"

#include <cstdint>
#include <cstring>
#include <map>
#include <string>

#include <catch2/catch.hpp>

using namespace plancheck;

namespace {

// Fills `block` with a pattern of its own, so that blocks that overlap or lose their
// contents show.
void fill(void* block, size_t size, unsigned seed) {
  auto* bytes = static_cast<unsigned char*>(block);
  for (size_t i = 0; i < size; ++i) bytes[i] = static_cast<unsigned char>(seed * 31 + i);
}
bool holds(const void* block, size_t size, unsigned seed) {
  const auto* bytes = static_cast<const unsigned char*>(block);
  for (size_t i = 0; i < size; ++i)
    if (bytes[i] != static_cast<unsigned char>(seed * 31 + i)) return false;
  return true;
}

}  // namespace

TEST_CASE("small blocks: live blocks keep their contents while others come and go", "[small-blocks]") {
  SmallBlocks pool;
  struct Live { size_t size; unsigned seed; };
  std::map<void*, Live> live;
  uint32_t random = 12345;
  auto next = [&] { return random = random * 1103515245u + 12345u; };
  for (unsigned step = 0; step < 20000; ++step) {
    const uint32_t r = next() >> 8;
    if (live.empty() || r % 3 != 0) {
      // Sizes across every class, its edges, and past the small ones.
      const size_t size = r % 7 == 0 ? 300 + r % 5000 : 1 + r % SmallBlocks::kMaxSmall;
      void* block = pool.allocate(size);
      REQUIRE(block);
      CHECK(reinterpret_cast<uintptr_t>(block) % 16 == 0);
      fill(block, size, step);
      live[block] = {size, step};
    } else {
      auto it = live.begin();
      std::advance(it, static_cast<long>(r % live.size()));
      REQUIRE(holds(it->first, it->second.size, it->second.seed));
      if (r % 2 == 0) {
        pool.release(it->first, it->second.size);
        live.erase(it);
      } else {  // resized: the contents up to the smaller size move with it
        const size_t size = 1 + next() % 600;
        Live old = it->second;
        void* block = pool.resize(it->first, old.size, size);
        REQUIRE(block);
        CHECK(holds(block, std::min(old.size, size), old.seed));
        live.erase(it);
        fill(block, size, step);
        live[block] = {size, step};
      }
    }
  }
  for (auto& [block, l] : live) {
    CHECK(holds(block, l.size, l.seed));
    pool.release(block, l.size);
  }
}

TEST_CASE("small blocks: a freed block is the next of its size class, and a resize within the class stays",
          "[small-blocks]") {
  SmallBlocks pool;
  void* a = pool.allocate(40);
  pool.release(a, 40);
  CHECK(pool.allocate(33) == a);   // 33..48 bytes: one class
  CHECK(pool.resize(a, 33, 48) == a);
  void* moved = pool.resize(a, 48, 49);  // the next class: another block
  CHECK(moved != a);
  CHECK(pool.allocate(48) == a);  // the old one was given back
}
