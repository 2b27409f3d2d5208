#ifndef IDASH_CNCURSESW_SHIM_H
#define IDASH_CNCURSESW_SHIM_H
// Wide-character API (add_wch, get_wch, setcchar) needs these before curses.h.
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros Swift cannot import, wrapped as functions.
static inline int idash_color_pair(int n) { return COLOR_PAIR(n); }
static inline int idash_lines(void) { return LINES; }
static inline int idash_cols(void) { return COLS; }
static inline attr_t idash_a_bold(void) { return A_BOLD; }
static inline attr_t idash_a_reverse(void) { return A_REVERSE; }
static inline attr_t idash_a_underline(void) { return A_UNDERLINE; }
static inline attr_t idash_a_dim(void) { return A_DIM; }
static inline attr_t idash_a_normal(void) { return A_NORMAL; }
static inline int idash_wcwidth(wchar_t c) { return wcwidth(c); }
#endif
