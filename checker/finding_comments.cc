#include "finding_comments.h"

namespace plancheck {

std::string finding_comment_text(const Finding& f, bool en) {
  std::string severity = f.severity == Severity::Error     ? (en ? "Error" : "错误")
                         : f.severity == Severity::Warning ? (en ? "Warning" : "警告")
                                                           : (en ? "Note" : "提示");
  std::string text = severity + (en ? ": " : "：") + f.message;
  if (!f.suggestion.empty()) text += "\n" + std::string(en ? "Suggestion: " : "建议：") + f.suggestion;
  text += "\n[" + f.rule + "]";
  return text;
}

std::vector<DocxComment> finding_comments(const std::vector<Finding>& findings, const std::string& file, bool en) {
  std::vector<DocxComment> comments;
  for (const Finding& f : findings)
    if (f.file == file) comments.push_back({f.place, finding_comment_text(f, en)});
  return comments;
}

}  // namespace plancheck
