// What an uploaded file is, by its bytes, never by its name: a .docx is a zip holding
// word/document.xml, a PDF starts %PDF-, XML starts with a declaration or an element,
// text is valid UTF-8 (or GB18030, which the core's text reader also accepts) without
// control bytes. Anything else (an .exe renamed .docx) is refused.
#pragma once
#include <string>
#include <string_view>

namespace plancheck::service {

enum class UploadKind { Unknown, Docx, Pdf, Xml, Text };

// The kind, and for Unknown a reason in Chinese for the person who uploaded it.
UploadKind sniff_upload(std::string_view bytes, std::string* reason);
const char* upload_extension(UploadKind kind);  // ".docx", ".pdf", ".xml", ".txt"
const char* upload_kind_name(UploadKind kind);  // "docx", "pdf", "xml", "text"

}  // namespace plancheck::service
