// Where plancheck's own data is: the rule pack (rules/), the schemas (schemas/) and
// .luacheckrc. Looked for, in order:
//   1. $PLANCHECK_HOME, when set (and then nowhere else: an override that is wrong is an error);
//   2. the folder named in `plancheck-home` next to the executable (the build tree writes
//      it, naming the source tree);
//   3. ../share/plancheck beside the executable's folder (/usr/bin → /usr/share/plancheck);
//   4. the data folder compiled in at configure time (CMAKE_INSTALL_FULL_DATADIR/plancheck).
// A candidate counts only when it holds rules/. Anything a later part adds under rules/ or
// schemas/ is found the same way.
#pragma once
#include <stdexcept>
#include <string>

namespace plancheck {

// An error with a message in each language; what() is the Chinese one. main() prints the
// one --lang asks for.
class LocalizedError : public std::runtime_error {
 public:
  LocalizedError(const std::string& zh, const std::string& en) : std::runtime_error(zh), zh_(zh), en_(en) {}
  const std::string& message(const std::string& lang) const { return lang == "en" ? en_ : zh_; }

 private:
  std::string zh_, en_;
};

// The data folder; throws LocalizedError (exit status 2) when there is none, saying where
// it looked and how to set PLANCHECK_HOME.
std::string data_dir();

// A path as output shows it: an absolute path into the data folder's rules/ or schemas/ as
// `plancheck:rules/x.lua`, so no output carries where plancheck is installed or built; any
// other path (a relative one, a user's rule folder) as is.
std::string shown_data_path(const std::string& path);

}  // namespace plancheck
