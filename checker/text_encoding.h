// The encodings Chinese offices save text in: UTF-8 (with or without a BOM) and GB18030, of
// which GBK and GB2312 are subsets. Everything inside plancheck is UTF-8; this is the one
// place that converts (glibc iconv).
#pragma once
#include <string>
#include <string_view>

namespace plancheck {

enum class TextEncoding { Utf8, Gb18030 };

// `bytes` as UTF-8: as they are when they are valid UTF-8 (a BOM dropped), else converted
// from GB18030. false when they are neither; then *bad_offset is where the likelier of the
// two breaks (the later of the first non-UTF-8 byte and the first byte GB18030 cannot read).
bool decode_text(std::string_view bytes, std::string* utf8, TextEncoding* detected, size_t* bad_offset = nullptr);

// `name` as an encoding label names GB18030 or one of its subsets (gbk, gb2312, cp936, gb18030; any case).
bool is_gb_label(std::string_view name);

}  // namespace plancheck
