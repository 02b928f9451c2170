// What an uploaded file is, by its bytes, never by its name (the core's magic-byte table,
// source_sniff.h, and stricter on top): a .docx is a zip holding word/document.xml; .doc
// and .wps are OLE files (converted by LibreOffice); a PDF has %PDF-; a web page, XML or
// text is valid UTF-8 (or GB18030, which the text reader decodes) without control bytes.
// Anything else (an .exe renamed .docx) is refused.
#pragma once
#include <string>
#include <string_view>

namespace plancheck::service {

enum class UploadKind { Unknown, Docx, Doc, Pdf, Xml, Html, Text };

// The kind, and for Unknown a reason in Chinese for the person who uploaded it.
UploadKind sniff_upload(std::string_view bytes, std::string* reason);
const char* upload_extension(UploadKind kind);  // ".docx", ".doc", ".pdf", ".xml", ".html", ".txt"
const char* upload_kind_name(UploadKind kind);  // "docx", "doc", "pdf", "xml", "html", "text"

}  // namespace plancheck::service
