#include "small_blocks.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace plancheck {

SmallBlocks::~SmallBlocks() {
  for (void* chunk : chunks_) std::free(chunk);
}

void* SmallBlocks::allocate(size_t size) {
  if (!is_small(size)) return std::malloc(size);
  const size_t c = class_of(size);
  if (FreeBlock* block = free_[c]) {
    free_[c] = block->next;
    return block;
  }
  const size_t bytes = (c + 1) * kGrain;
  if (carve_left_ < bytes) {  // what is left of the chunk is too small for this class: a new chunk
    chunks_.reserve(chunks_.size() + 1);  // may throw here, before the chunk could leak
    void* chunk = std::malloc(kChunkBytes);  // malloc's alignment (16) is the grain's
    if (!chunk) return nullptr;
    chunks_.push_back(chunk);
    carve_ = static_cast<char*>(chunk);
    carve_left_ = kChunkBytes;
  }
  void* block = carve_;
  carve_ += bytes;
  carve_left_ -= bytes;
  return block;
}

void SmallBlocks::release(void* block, size_t size) {
  if (!block) return;
  if (!is_small(size)) {
    std::free(block);
    return;
  }
  auto* freed = static_cast<FreeBlock*>(block);
  const size_t c = class_of(size);
  freed->next = free_[c];
  free_[c] = freed;
}

void* SmallBlocks::resize(void* block, size_t old_size, size_t new_size) {
  if (!is_small(old_size) && !is_small(new_size)) return std::realloc(block, new_size);
  if (is_small(old_size) && is_small(new_size) && class_of(old_size) == class_of(new_size)) return block;
  void* moved = allocate(new_size);
  if (!moved) return nullptr;
  std::memcpy(moved, block, std::min(old_size, new_size));
  release(block, old_size);
  return moved;
}

}  // namespace plancheck
