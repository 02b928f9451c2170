// The floor for plancheck's benchmark: read and parse every file with pugixml alone,
// on N threads, the same way plancheck's Document::load does (whole file into memory,
// pugixml's default parse). Anything plancheck does beyond this is its own cost.
//
//   floor [-j N] FILE...
// Prints the number of files, bytes and elements parsed; exit 1 when a file does not parse.
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <pugixml.hpp>

namespace {

struct Tally {
  size_t bytes = 0, elements = 0, failures = 0;
};

void parse_file(const std::string& path, Tally& tally) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  std::string bytes(static_cast<size_t>(std::max<std::streamoff>(in.tellg(), 0)), '\0');
  in.seekg(0);
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  pugi::xml_document doc;
  if (!in || !doc.load_buffer(bytes.data(), bytes.size(), pugi::parse_default, pugi::encoding_utf8)) {
    std::fprintf(stderr, "floor: %s does not parse\n", path.c_str());
    ++tally.failures;
    return;
  }
  tally.bytes += bytes.size();
  // Touch every element once, so the tree is really built and walked.
  struct Counter : pugi::xml_tree_walker {
    size_t elements = 0;
    bool for_each(pugi::xml_node& node) override {
      elements += node.type() == pugi::node_element;
      return true;
    }
  } counter;
  doc.traverse(counter);
  tally.elements += counter.elements;
}

}  // namespace

int main(int argc, char** argv) {
  int jobs = 1;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "-j") == 0 && i + 1 < argc) jobs = std::max(1, std::atoi(argv[++i]));
    else files.push_back(argv[i]);
  }
  std::vector<Tally> tallies(static_cast<size_t>(jobs));
  std::atomic<size_t> next{0};
  auto work = [&](Tally* tally) {
    for (size_t i = next++; i < files.size(); i = next++) parse_file(files[i], *tally);
  };
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(work, &tallies[static_cast<size_t>(t)]);
  work(&tallies[0]);
  for (std::thread& t : threads) t.join();
  Tally total;
  for (const Tally& t : tallies) {
    total.bytes += t.bytes;
    total.elements += t.elements;
    total.failures += t.failures;
  }
  std::printf("%zu files, %zu bytes, %zu elements\n", files.size(), total.bytes, total.elements);
  return total.failures ? 1 : 0;
}
