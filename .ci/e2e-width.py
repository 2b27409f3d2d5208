#!/usr/bin/env python3
"""The width probe end to end: the real binary in a pty that answers its cursor query
(ESC [ 6 n) as a terminal drawing box characters one or two cells wide would, or never.

    e2e-width.py BINARY

The screen is rebuilt with pyte and compared, row by row, with `idash snapshot` of the
same view (ASCII where the answer said wide). Prints ok/FAIL lines and a closing count.
"""
import os, pty, select, signal, struct, subprocess, sys, termios, fcntl, time

try:
    import pyte
except ImportError:
    sys.exit("e2e-width needs pyte (python3 -m pip install pyte): the check reads the screen, not the bytes")

BIN = os.path.realpath(sys.argv[1])
COLS, ROWS = 80, 24
AS_OF = "2026-11-25"
QUERY = b"\x1b[6n"
ENV = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="", LC_CTYPE="")
# Where the probe writes its box character (row 2, column 1): the reply a terminal gives
# after drawing it one cell wide, or two.
NARROW, WIDE = b"\x1b[2;2R", b"\x1b[2;3R"
passed = failed = 0


class Screen(pyte.Screen):
    """pyte without REP (CSI b), which ncurses uses for runs of one character."""
    last = " "

    def draw(self, data):
        if data:
            self.last = data[-1]
        super().draw(data)

    def repeat_last(self, count=1, *rest):
        self.draw(self.last * max(1, count))


class Stream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi, b="repeat_last")


class Run:
    """idash in a pty of COLS x ROWS; answers its cursor query with `answer` (None: never)."""

    def __init__(self, args, answer, typed_before=b"", typed_after=b"", delay=0.0):
        self.started = time.monotonic()
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.execve(BIN, [BIN, *args, "--as-of", AS_OF], ENV)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.screen = Screen(COLS, ROWS)
        self.stream = Stream(self.screen)
        self.output = b""
        self.queried_at = None
        self.answer, self.typed_before, self.typed_after = answer, typed_before, typed_after
        # Seconds between the query and the answer (a slow link).
        self.delay = delay
        self.answered = False

    def pump(self, seconds, until=None):
        """Reads output for up to `seconds`, or until `until(self)` holds."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if until and until(self):
                return True
            if (self.answer is not None and not self.answered and self.queried_at is not None
                    and time.monotonic() >= self.queried_at + self.delay):
                # Keys typed before the answer and after it, in the same write: as fast typing
                # or a slow link delivers them.
                os.write(self.fd, self.typed_before + self.answer + self.typed_after)
                self.answered = True
            ready, _, _ = select.select([self.fd], [], [], 0.02 if self.answered or self.answer is None else 0.005)
            if not ready:
                continue
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return until(self) if until else False
            self.output += data
            self.stream.feed(data)
            if self.queried_at is None and QUERY in self.output:
                self.queried_at = time.monotonic()
        return until(self) if until else False

    def rows(self):
        return [row.rstrip() for row in self.screen.display]

    def quit(self):
        os.write(self.fd, b"q")
        self.pump(2)
        _, status = os.waitpid(self.pid, 0)
        os.close(self.fd)
        return os.waitstatus_to_exitcode(status)


def snapshot(*args):
    text = subprocess.run([BIN, "snapshot", "--width", str(COLS), "--height", str(ROWS), "--as-of", AS_OF, *args],
                          env=ENV, capture_output=True, text=True, check=True).stdout
    return [row.rstrip() for row in text.split("\n")[:ROWS]]


def report(ok, name, run=None, expected=None):
    global passed, failed
    if ok:
        passed += 1
        print("ok:", name)
        return
    failed += 1
    print("FAIL:", name)
    if run is not None:
        for index, row in enumerate(run.rows()):
            mark = " " if expected is None or expected[index] == row else "≠"
            print(f"    {mark}| {row}")
        if expected is not None:
            for index, row in enumerate(expected):
                if run.rows()[index] != row:
                    print(f"    expected row {index + 1}: {row}")


def check_screen(name, run, expected):
    """Waits for the screen to become `expected` (whole rows), then reports."""
    shown = run.pump(3, until=lambda r: r.rows() == expected)
    report(shown, name, run, expected)
    return shown


def check_quit(name, run):
    code = run.quit()
    restored = run.output.rstrip().endswith(b"\x1b>") and b"\x1b[?1049l" in run.output
    report(code == 0 and restored, f"{name}: q exits 0 and leaves the alternate screen (exit {code})")


def with_status(rows, status):
    return rows[:ROWS - 2] + [status] + rows[ROWS - 1:]


# The status row a wide answer leaves on the 80x24 overview: the notice, then as much of the
# sources line as fits (the notice never cut), in each language.
WIDE_STATUS = {
    "en": " Overview  Box lines drawn 2 cells wide: ASCII borders (--no-detect)  32 cit...",
    "zh": " 总览  框线被画成两格宽:改用 ASCII 边框(--no-detect 不检测)  32条来源,各数字...",
}

for lang in ("en", "zh"):
    run = Run(["--lang", lang], WIDE)
    expected = with_status(snapshot("--ascii", "--lang", lang), WIDE_STATUS[lang])
    check_screen(f"wide answer ({lang}): ASCII borders and the notice in the status bar", run, expected)
    check_quit(f"wide answer ({lang})", run)

run = Run(["--lang", "en"], NARROW)
check_screen("narrow answer: box drawing, no notice", run, snapshot("--lang", "en"))
check_quit("narrow answer", run)

run = Run(["--lang", "en", "--no-detect"], WIDE)
check_screen("--no-detect: box drawing", run, snapshot("--lang", "en"))
report(QUERY not in run.output, "--no-detect: no cursor query is sent")
check_quit("--no-detect", run)

run = Run(["--lang", "en", "--ascii"], WIDE)
check_screen("--ascii: ASCII borders, no notice", run, snapshot("--lang", "en", "--ascii"))
report(QUERY not in run.output, "--ascii: no cursor query is sent (nothing to find out)")
check_quit("--ascii", run)

run = Run(["--lang", "en"], None)
shown = check_screen("no answer: box drawing", run, snapshot("--lang", "en"))
if shown and run.queried_at:
    # From the query, so a loaded machine's slow start (loading the data) does not count.
    waited, took = time.monotonic() - run.queried_at, time.monotonic() - run.started
    report(waited < 1.0, f"no answer: the first frame within 1 s of the query ({waited * 1000:.0f} ms; {took * 1000:.0f} ms from start)")
check_quit("no answer", run)

# An answer after the probe gave up reaches the key input as an unknown sequence: dropped,
# nothing drawn from it, the box drawing stays.
run = Run(["--lang", "en"], WIDE, delay=0.6)
expected = snapshot("--lang", "en")
check_screen("late answer: box drawing", run, expected)
run.pump(1.0, until=lambda r: r.answered)
run.pump(0.5)
report(run.rows() == expected, "late answer: dropped, the screen unchanged", run, expected)
check_quit("late answer", run)

# Right (as ncurses' application cursor mode sends it) before the answer and Enter after it,
# in one write with the answer: both reach the dashboard, which opens Suzhou; the keys
# also clear the notice.
run = Run(["--lang", "en"], WIDE, typed_before=b"\x1bOC", typed_after=b"\r")
check_screen("keys typed around the answer are kept: Right, Enter open Suzhou", run,
             snapshot("--ascii", "--lang", "en", "--view", "city:suzhou"))
check_quit("keys around the answer", run)

# Timings over a few narrow runs: spawn to query, and answer to the first whole frame.
expected = snapshot("--lang", "en")
to_query, to_frame = [], []
for _ in range(5):
    run = Run(["--lang", "en"], NARROW)
    if run.pump(3, until=lambda r: r.rows() == expected) and run.queried_at:
        to_query.append((run.queried_at - run.started) * 1000)
        to_frame.append((time.monotonic() - run.queried_at) * 1000)
    run.quit()
if to_query:
    print(f"timing: start to query {sorted(to_query)[len(to_query) // 2]:.0f} ms, "
          f"answer to first frame {sorted(to_frame)[len(to_frame) // 2]:.0f} ms (medians of {len(to_query)})")

print(f"e2e-width: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
