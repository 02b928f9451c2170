#include "conflicts.h"

#include <string>
#include <unordered_map>

namespace plancheck {

std::string_view last_characters(std::string_view s, size_t chars) {
  size_t start = s.size();
  for (size_t seen = 0; seen < chars && start > 0; ++seen) {
    --start;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  }
  return s.substr(start);
}

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The first figure of one subject, among the figures of a bucket.
struct FirstOfSubject {
  std::string_view subject;
  size_t text, figure;
};

}  // namespace

std::vector<FigureConflict> find_conflicting_figures(const std::vector<const std::vector<Quantity>*>& figures,
                                                     size_t min_subject_chars,
                                                     const std::function<bool(uint64_t)>& charge) {
  constexpr uint64_t kChargeEvery = 4096;
  std::vector<FigureConflict> found;
  // Subjects that may name one thing end with the same min_subject_chars characters (or,
  // shorter, are equal), so a bucket of measure word and that tail holds every candidate.
  std::unordered_map<std::string, std::vector<FirstOfSubject>> buckets;
  std::string key;
  uint64_t comparisons = 0;
  for (size_t t = 0; t < figures.size(); ++t) {
    for (size_t i = 0; i < figures[t]->size(); ++i) {
      const Quantity& q = (*figures[t])[i];
      std::string_view subject = q.subject;
      if (q.masked || subject.empty()) continue;
      key.assign(q.unit).push_back('\0');
      key.append(last_characters(subject, min_subject_chars));
      std::vector<FirstOfSubject>& bucket = buckets[key];
      const FirstOfSubject* first = nullptr;  // the bucket is in order: the first hit is the earliest
      bool seen = false, longer_seen = false;
      for (const FirstOfSubject& e : bucket) {
        // The same subject; an ending of it (as long as the tail, so long enough); or the
        // first earlier subject that ends with it.
        bool candidate = false;
        if (e.subject == subject) {
          candidate = seen = true;
        } else if (e.subject.size() < subject.size()) {
          candidate = ends_with(subject, e.subject);
        } else if (!longer_seen && ends_with(e.subject, subject)) {
          candidate = longer_seen = true;
        }
        if (candidate && !first && !quantities_agree((*figures[e.text])[e.figure], q)) first = &e;
      }
      comparisons += bucket.size();
      if (comparisons >= kChargeEvery) {
        if (!charge(comparisons)) return found;
        comparisons = 0;
      }
      if (first) found.push_back({t, i, first->text, first->figure});
      if (!seen) bucket.push_back({subject, t, i});
    }
  }
  return found;
}

}  // namespace plancheck
