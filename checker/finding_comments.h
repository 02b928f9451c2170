// Findings as Word comments (批注): the text a finding becomes, and the comments of one
// file's findings, each on the paragraph or table cell it concerns. `plancheck annotate`
// and the submission service's annotated download write the same comments.
#pragma once
#include <string>
#include <vector>

#include "docx_comments.h"
#include "finding.h"

namespace plancheck {

// Severity, message, suggestion, rule id: "错误：……\n建议：……\n[rule]".
std::string finding_comment_text(const Finding& f, bool en);

// The comments for the findings of `file`, in the findings' order.
std::vector<DocxComment> finding_comments(const std::vector<Finding>& findings, const std::string& file, bool en);

}  // namespace plancheck
