// Placeholders left in a report (rules.md, "Masks"): a mark standing where a figure or a
// word belongs. Templates and redacted copies write them with `*`, `＊`, `x`, `X`, `×`,
// `○`, `□`, alone or repeated (XX次, ××万元, ○○○○万元, 湖北XXXX产业园, 视察*重要讲话), or
// leave a blank line of underscores to fill in (在___领导下, 完成投资____亿元).
//
// What is no mask (decided here, tested in masks_test.cc and the rules' cases):
// - a Latin letter that is part of a word or a code: X光, X射线, X线, 5G, GX-200, x86,
//   www.xx.cn, a Latin word; x/X counts only next to Chinese text or a digit before it;
// - × between numbers or letters (3×4, 1920 × 1080, a×b): a multiplication or size sign;
// - ○ next to a Chinese digit (二○○五年): the numeral zero written with a circle; 〇
//   (U+3007) is never a mark;
// - `*`, `＊`, `○`, `□`, `×` opening the text (a list marker), or `○`/`□` next to a space
//   (a bullet, a check box: □是 □否); a star between digits or spaces (3 * 4);
// - one underscore (file_name), underscores beside a Latin letter or a digit, and a text
//   that is nothing but underscores (a rule, a line to sign on);
// - a footnote's star after a figure or a closing mark before a clause mark (3.2亿元*，) and
//   the note explaining it (注：*为预计数); a quoted code name (“531X”工程, “1+N+X”); a
//   letter in a list of letters (M、X两座桥);
// - 某某, 某 and other words: they are no marks at all.
// A mask is a figure's (placeholder-figure) when it stands before a measure word (x名,
// XX次, ××万元, ○个, □%, *.*万人次, x.x%, 连续*年, x级) or a scale (XXXX万), inside a number
// (4X件, 20XX年, 20xx9人), after 第, or is a masked date or range (“*·**”, “X·XX”, 201X/X/XX,
// x-x月) or list number (x.城区学校建设 opening a sentence); a per cent sign with no number
// before it in prose (控制在%，, 上升.%) is one too. Otherwise it stands for a word
// (masked-word), and a blank letter repeated in a list (x、x、x) is one mask each.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace plancheck {

struct Mask {
  size_t offset = 0;         // byte offset of the marks themselves (the XX of 试点项目XX个)
  size_t length = 0;         // their byte length (with *.* the point between them)
  bool figure = false;       // stands for a number
  size_t figure_offset = 0;  // a figure's: from the digits before the marks...
  size_t figure_end = 0;     // ...through its measure word (4X件, ○○○○万元)
  std::string unit;          // a figure's measure word, scale removed: 件, 元; may be empty (20XX)
  bool over = false;         // *余万册, **多人
};

// Whether `c` is one of the marks (`*`, `＊`, x, X, ｘ, Ｘ, ×, ○, □, _, ＿), mask or not.
bool is_mask_mark(char32_t c);

// Whether `text` holds any byte sequence of a mark; find_masks finds none otherwise.
bool may_hold_mask(std::string_view text);

// Every mask of `text`, in order.
std::vector<Mask> find_masks(std::string_view text);

}  // namespace plancheck
