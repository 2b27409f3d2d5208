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

// Globals and macros the backend needs, wrapped so Swift 6 sees plain functions (the
// globals are shared mutable state to Swift; the macros are invisible to it).
static inline WINDOW *idash_stdscr(void) { return stdscr; }
static inline WINDOW *idash_curscr(void) { return curscr; }
static inline FILE *idash_stdout(void) { return stdout; }
static inline FILE *idash_stdin(void) { return stdin; }
static inline int idash_color_count(void) { return COLORS; }
static inline int idash_color_pair_count(void) { return COLOR_PAIRS; }
static inline int idash_max_x(WINDOW *w) { return getmaxx(w); }
static inline int idash_max_y(WINDOW *w) { return getmaxy(w); }
static inline int idash_mouse_version(void) { return NCURSES_MOUSE_VERSION; }
// Mouse masks differ between mouse versions 1 and 2, so take them from the header.
static inline mmask_t idash_button_pressed(int button) {
    switch (button) {
    case 1: return BUTTON1_PRESSED;
    case 2: return BUTTON2_PRESSED;
    case 3: return BUTTON3_PRESSED;
    case 4: return BUTTON4_PRESSED;
#if NCURSES_MOUSE_VERSION > 1
    case 5: return BUTTON5_PRESSED;
#endif
    default: return 0;
    }
}
#endif
