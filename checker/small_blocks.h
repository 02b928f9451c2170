// The allocator behind each Lua state's small blocks. Lua makes and frees tens of
// thousands of tables, strings, closures and userdata a report; glibc's malloc and free
// cost about a hundred instructions a pair, a free list a few. Lua always says how big a
// block it frees or resizes, so a block needs no header.
#pragma once
#include <cstddef>
#include <vector>

namespace plancheck {

// Blocks of up to kMaxSmall bytes come from one free list per 16-byte size class, carved
// out of 64 KiB chunks that stay until the pool is destroyed (with its Lua state); bigger
// blocks go to malloc. Not thread-safe: one pool per state, as one state per worker.
class SmallBlocks {
 public:
  static constexpr size_t kGrain = 16;
  static constexpr size_t kMaxSmall = 256;

  SmallBlocks() = default;
  SmallBlocks(const SmallBlocks&) = delete;
  SmallBlocks& operator=(const SmallBlocks&) = delete;
  ~SmallBlocks();

  // A block of `size` (> 0) bytes, 16-byte aligned; null when memory runs out.
  void* allocate(size_t size);
  // Gives back `block`, allocated with `size` bytes.
  void release(void* block, size_t size);
  // realloc for `block` of `old_size` bytes: the same block while its size class holds
  // `new_size` (> 0), else a new one with the contents; null (the old block kept) when
  // memory runs out.
  void* resize(void* block, size_t old_size, size_t new_size);

 private:
  struct FreeBlock {
    FreeBlock* next;
  };
  static constexpr size_t kClasses = kMaxSmall / kGrain;
  static constexpr size_t kChunkBytes = 64u << 10;
  static size_t class_of(size_t size) { return (size - 1) / kGrain; }
  static bool is_small(size_t size) { return size <= kMaxSmall; }

  FreeBlock* free_[kClasses] = {};
  std::vector<void*> chunks_;
  char* carve_ = nullptr;  // the unused end of the newest chunk
  size_t carve_left_ = 0;
};

}  // namespace plancheck
