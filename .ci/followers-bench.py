#!/usr/bin/env python3
"""Benchmark `idash present --share` with many followers, each in its own pseudo-terminal.

    followers-bench.py IDASH_BINARY [--followers 50] [--changes 200] [--out FILE.json]
    followers-bench.py --median RUN1.json RUN2.json RUN3.json [--out FILE.json]

Starts the presenter in a pty (120x40, LANG=C.UTF-8, TERM=xterm-256color) sharing on a
private socket in a temporary folder, then N followers, each in its own 80x24 pty with a
pyte screen fed from its output, and waits until every one shows slide 1. Then it sends
Right / Left to the presenter, one change at a time (sweeping the deck to its end and
back), and per change and follower measures the time from writing the key to the
presenter's pty until that follower's screen shows the new slide number (the "N/M" of
the footer, the screen's last row). The next key goes only when every pty has been quiet
for --gap seconds, so each change is measured alone.

Reported: latency p50 / p95 / max over all follower-changes, changes some follower missed,
the presenter's CPU (utime+stime from /proc/PID/stat; also per change from schedstat),
its RSS (VmRSS, VmHWM), the followers' total PSS (smaps_rollup), bytes the presenter
writes to its pty per change, bytes one follower receives on its pty per change, and the
bytes per change over the socket (read by a passive client of the socket: one more connection,
which draws nothing; /proc/PID/io does not count send/recv, and tracing is too
heavy). Every pty is drained by a reader thread
that only timestamps what it reads; the pyte screens are fed in the quiet after a change,
so emulation never delays a timestamp. Every process is ended on exit, Ctrl-C included.

Timestamps are the reader thread's read times, so the latency includes the harness's own
scheduling delay on a busy machine; with 2 cores and 51 programs that is part of what a
user on the same server would see too.
"""
import argparse, fcntl, json, os, pty, re, selectors, shutil, signal, statistics, struct, sys
import tempfile, termios, threading, time

try:
    import pyte
except ImportError:
    raise SystemExit("followers-bench: needs pyte (python3 -m pip install pyte)")

QUERIES = re.compile(rb"\x1b\[(\?)?6n|\x1b\[0?c|\x1b\[>0?c")
SLIDE = re.compile(r"(?<![\d/])(\d+)/(\d+)(?![\d/])")
CLK_TCK = os.sysconf("SC_CLK_TCK")


class FullScreen(pyte.Screen):
    """pyte's Screen plus what ncurses sends for xterm that pyte lacks: REP, SU, SD
    (as in shared/tools/tuimeasure.py)."""
    last = " "

    def draw(self, data):
        super().draw(data)
        if data:
            self.last = data[-1]

    def repeat_last(self, count=1, *args, **kwargs):
        self.draw(self.last * max(1, count))

    def _scroll(self, count, up):
        top, bottom = self.margins or (0, self.lines - 1)
        x, y = self.cursor.x, self.cursor.y
        self.cursor.y = bottom if up else top
        for _ in range(max(1, count)):
            self.index() if up else self.reverse_index()
        self.cursor.x, self.cursor.y = x, y

    def scroll_up(self, count=1, *args, **kwargs):
        self._scroll(count, True)

    def scroll_down(self, count=1, *args, **kwargs):
        self._scroll(count, False)


class FullStream(pyte.ByteStream):
    csi = dict(pyte.ByteStream.csi, b="repeat_last", S="scroll_up", T="scroll_down")


class Term:
    """One program in its own pty. The reader thread appends (time, bytes) to `chunks`;
    `feed()` moves them into the pyte screen, under `lock`."""
    answers = True

    def __init__(self, name, argv, cols, rows, env):
        self.name, self.cols, self.rows = name, cols, rows
        self.chunks = []          # (monotonic time of the read, bytes)
        self.fed = 0              # chunks[:fed] are in the screen
        self.lock = threading.Lock()
        self.app_cursor = False   # DECCKM: cursor keys as ESC O x
        self.eof = False
        self.screen = FullScreen(cols, rows)
        self.stream = FullStream(self.screen)
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            try:
                set_size(0, cols, rows)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        set_size(self.fd, cols, rows)
        os.set_blocking(self.fd, False)

    def footer(self):
        """The footer's (slide, count) from the last row, or None."""
        row = self.screen.buffer[self.rows - 1]
        m = SLIDE.search("".join(row[x].data for x in range(self.cols)))
        return (int(m.group(1)), int(m.group(2))) if m else None

    def feed(self, upto=None, stop_at=None, since=0):
        """Feeds unfed chunks (up to index `upto`). With `stop_at`, returns the read time
        of the first chunk with index >= `since` after which the footer shows slide
        `stop_at` (feeding continues to the end either way), else None."""
        hit = None
        with self.lock:
            end = len(self.chunks) if upto is None else upto
            while self.fed < end:
                t, data = self.chunks[self.fed]
                self.stream.feed(data)
                if stop_at is not None and hit is None and self.fed >= since:
                    f = self.footer()
                    if f and f[0] == stop_at:
                        hit = t
                self.fed += 1
        return hit

    def bytes_since(self, mark):
        return sum(len(d) for _, d in self.chunks[mark:])

    def write(self, data):
        try:
            os.write(self.fd, data)
        except OSError:
            pass

    def key(self, name):
        final = {"Right": b"C", "Left": b"D"}[name]
        self.write((b"\x1bO" if self.app_cursor else b"\x1b[") + final)


class SocketProbe:
    """A passive client of the share socket: reads (and timestamps) the JSON lines the
    presenter sends, as a follower's socket would, and never writes (a follower that
    writes is disconnected). It gives the bytes per change over the socket without
    tracing anyone, and when the line left the presenter."""
    name, answers, app_cursor, eof = "socket probe", False, False, False

    def __init__(self, path):
        import socket
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.connect(path)
        self.sock.setblocking(False)
        self.fd = self.sock.fileno()
        self.chunks = []

    def bytes_since(self, mark):
        return sum(len(d) for _, d in self.chunks[mark:])

    def lines(self):
        return b"".join(d for _, d in self.chunks).count(b"\n")


def set_size(fd, cols, rows):
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))


class Reader(threading.Thread):
    """Drains every pty as soon as it has output, so no program ever blocks on its
    terminal; timestamps each read; answers cursor-position and device-attribute queries
    (the width probe at start) as a terminal would."""

    def __init__(self):
        super().__init__(daemon=True)
        self.sel = selectors.DefaultSelector()
        self.wake_r, self.wake_w = os.pipe()
        os.set_blocking(self.wake_r, False)
        self.sel.register(self.wake_r, selectors.EVENT_READ, None)
        self.pending, self.plock = [], threading.Lock()
        self.last_output = time.monotonic()
        self.stopping = False

    def add(self, term):
        with self.plock:
            self.pending.append(term)
        os.write(self.wake_w, b"x")

    def stop(self):
        self.stopping = True
        try:
            os.write(self.wake_w, b"x")
        except OSError:
            pass

    def run(self):
        while not self.stopping:
            for key, _ in self.sel.select(1.0):
                term = key.data
                if term is None:
                    try:
                        os.read(self.wake_r, 4096)
                    except BlockingIOError:
                        pass
                    with self.plock:
                        for t in self.pending:
                            self.sel.register(t.fd, selectors.EVENT_READ, t)
                        self.pending = []
                    continue
                try:
                    data = os.read(term.fd, 65536)
                except BlockingIOError:
                    continue
                except OSError:
                    data = b""
                now = time.monotonic()
                if not data:
                    term.eof = True
                    self.sel.unregister(term.fd)
                    continue
                self.last_output = now
                term.chunks.append((now, data))
                if not term.answers:
                    continue
                on, off = data.rfind(b"\x1b[?1h"), data.rfind(b"\x1b[?1l")
                if on != off:
                    term.app_cursor = on > off
                if QUERIES.search(data):
                    term.feed()  # the cursor must be where the program put it
                    for m in QUERIES.finditer(data):
                        if m.group(0).endswith(b"6n"):
                            c = term.screen.cursor
                            term.write(b"\x1b[%d;%dR" % (c.y + 1, c.x + 1))
                        else:
                            term.write(b"\x1b[?62;22c")


# ---- /proc ---------------------------------------------------------------------------

def read_proc(path):
    try:
        with open(path) as f:
            return f.read()
    except OSError:
        return None


def cpu_ticks(pid):
    s = read_proc(f"/proc/{pid}/stat")
    if not s:
        return None
    fields = s.rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def cpu_ns(pid):
    """CPU time of all the process's threads in ns (schedstat: far finer than stat's ticks)."""
    total = 0
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return None
    for tid in tasks:
        s = read_proc(f"/proc/{pid}/task/{tid}/schedstat")
        if s:
            total += int(s.split()[0])
    return total


def status_kb(pid, field):
    s = read_proc(f"/proc/{pid}/status") or ""
    for line in s.splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return None


def pss_kb(pid):
    s = read_proc(f"/proc/{pid}/smaps_rollup") or ""
    for line in s.splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return None


# ---- statistics ----------------------------------------------------------------------

def pct(values, p):
    """Nearest-rank percentile."""
    if not values:
        return None
    v = sorted(values)
    k = max(0, min(len(v) - 1, int(round(p / 100 * len(v) + 0.5)) - 1))
    return v[k]


def med(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


# ---- the benchmark -------------------------------------------------------------------

class Bench:
    def __init__(self, a):
        self.a = a
        self.terms = []
        self.tmp = tempfile.mkdtemp(prefix="idash-followers-")
        os.chmod(self.tmp, 0o700)
        self.socket = os.path.join(self.tmp, "present.sock")
        config = os.path.join(self.tmp, "config")
        os.mkdir(config)
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("LC_", "IDASH_")) and k not in ("COLUMNS", "LINES", "NO_COLOR")}
        env.update(LANG="C.UTF-8", TERM="xterm-256color", XDG_CONFIG_HOME=config, XDG_STATE_HOME=os.path.join(self.tmp, "state"), TMPDIR=self.tmp)
        self.env = env
        self.reader = Reader()

    def spawn(self, name, args, cols, rows):
        t = Term(name, [self.a.binary] + args, cols, rows, self.env)
        self.terms.append(t)
        self.reader.add(t)
        return t

    def wait_screens(self, terms, slide, timeout, what):
        end = time.monotonic() + timeout
        while True:
            waiting = []
            for t in terms:
                t.feed()
                f = t.footer()
                if not f or f[0] != slide:
                    waiting.append(t)
            if not waiting:
                return
            dead = [t for t in waiting if t.eof]
            if dead or time.monotonic() > end:
                t = (dead or waiting)[0]
                screen = "\n".join("    | " + line.rstrip() for line in t.screen.display)
                raise SystemExit(f"followers-bench: {what}: {len(waiting)} of {len(terms)} never showed slide "
                                 f"{slide}{' (exited)' if dead else ''}; {t.name}'s screen:\n{screen}")
            time.sleep(0.05)

    def wait_quiet(self, quiet, limit):
        end = time.monotonic() + limit
        while time.monotonic() < end:
            idle = time.monotonic() - self.reader.last_output
            if idle >= quiet:
                return True
            time.sleep(max(0.005, quiet - idle))
        return False

    def run(self):
        a = self.a
        self.reader.start()
        common = ["--as-of", a.as_of]
        t0 = time.monotonic()
        presenter = self.spawn("presenter", ["present", "--share", self.socket] + common, 120, 40)
        self.wait_screens([presenter], 1, 20, "presenter")
        presenter_first_ms = (time.monotonic() - t0) * 1000
        slides = presenter.footer()[1]
        followers = []
        t0 = time.monotonic()
        for i in range(a.followers):
            followers.append(self.spawn(f"follower {i + 1}", ["follow", self.socket] + common, 80, 24))
        self.wait_screens(followers, 1, 60 + a.followers, "start")
        all_joined_ms = (time.monotonic() - t0) * 1000
        probe = SocketProbe(self.socket) if a.socket_probe else None
        if probe:
            self.reader.add(probe)
        self.wait_quiet(1.0, 10)
        for t in self.terms:
            t.feed()
        pss_start = [pss_kb(t.pid) for t in followers]

        ticks0 = cpu_ticks(presenter.pid)
        fticks0 = sum(cpu_ticks(t.pid) or 0 for t in followers)
        changes, slide, step = [], 1, 1
        for n in range(a.changes):
            if slide + step > slides or slide + step < 1:
                step = -step
            target, key = slide + step, "Right" if step > 0 else "Left"
            marks = [len(t.chunks) for t in self.terms]
            ns0, smark = cpu_ns(presenter.pid), len(probe.chunks) if probe else 0
            sent = time.monotonic()
            presenter.key(key)
            # Wait for quiet, then check every screen; anyone not there yet gets more time.
            hits = [None] * len(self.terms)
            deadline = sent + a.timeout
            while True:
                self.wait_quiet(a.gap, max(0.0, deadline - time.monotonic()))
                for i, t in enumerate(self.terms):
                    if hits[i] is None:
                        hits[i] = t.feed(stop_at=target, since=marks[i])
                    else:
                        t.feed()
                if all(h is not None for h in hits) or time.monotonic() >= deadline:
                    break
                time.sleep(0.05)
            ns1 = cpu_ns(presenter.pid)
            pty_bytes = [t.bytes_since(m) for t, m in zip(self.terms, marks)]
            sock = probe.bytes_since(smark) if probe else None
            sock_ms = round((probe.chunks[smark][0] - sent) * 1000, 3) if probe and len(probe.chunks) > smark else None
            lat = [round((h - sent) * 1000, 3) if h is not None else None for h in hits]
            changes.append({
                "n": n + 1, "key": key, "slide": target,
                "presenter_ms": lat[0],
                "follower_ms": lat[1:],
                "missed": sum(1 for x in lat[1:] if x is None),
                "presenter_cpu_ms": round((ns1 - ns0) / 1e6, 3) if ns0 is not None and ns1 is not None else None,
                "presenter_pty_bytes": pty_bytes[0],
                "follower_pty_bytes": pty_bytes[1:],
                "socket_bytes": sock,
                "socket_ms": sock_ms,
            })
            slide = target
            if presenter.eof:
                raise SystemExit("followers-bench: the presenter exited")
            if not a.quiet_progress and (n + 1) % 20 == 0:
                print(f"  {n + 1}/{a.changes} changes", file=sys.stderr, flush=True)
        ticks1 = cpu_ticks(presenter.pid)
        fticks1 = sum(cpu_ticks(t.pid) or 0 for t in followers)

        pss_end = [pss_kb(t.pid) for t in followers]
        res = {
            "binary": os.path.realpath(a.binary),
            "date_utc": time.strftime("%Y-%m-%d %H:%M", time.gmtime()),
            "cores": os.cpu_count(),
            "load_average_at_end": os.getloadavg(),
            "followers": a.followers, "changes": a.changes, "slides": slides, "gap_s": a.gap,
            "presenter_first_slide_ms": round(presenter_first_ms, 1),
            "all_followers_on_slide_1_ms": round(all_joined_ms, 1),
            "presenter_cpu_ms_per_change_stat": round((ticks1 - ticks0) / CLK_TCK * 1000 / a.changes, 3),
            "followers_cpu_ms_per_change_stat": round((fticks1 - fticks0) / CLK_TCK * 1000 / a.changes, 3),
            "presenter_vmrss_kb": status_kb(presenter.pid, "VmRSS"),
            "presenter_vmhwm_kb": status_kb(presenter.pid, "VmHWM"),
            "followers_pss_kb_start": sum(p for p in pss_start if p),
            "followers_pss_kb_end": sum(p for p in pss_end if p),
            "follower_vmhwm_kb_max": max(((status_kb(t.pid, "VmHWM") or 0) for t in followers), default=None),
            "socket_probe": bool(probe),
            "per_change": changes,
        }
        res["summary"] = summarize(res)
        return res

    def cleanup(self):
        """q to every program (followers first, so none reconnects), then TERM, then KILL."""
        alive = [t for t in self.terms if not reaped(t)]
        for t in alive[1:] + alive[:1]:
            t.write(b"q")
        end = time.monotonic() + 3
        while time.monotonic() < end and any(not reaped(t) for t in alive):
            time.sleep(0.05)
        for sig in (signal.SIGTERM, signal.SIGKILL):
            left = [t for t in alive if not reaped(t)]
            if not left:
                break
            for t in left:
                try:
                    os.kill(t.pid, sig)
                except ProcessLookupError:
                    pass
            end = time.monotonic() + 1
            while time.monotonic() < end and any(not reaped(t) for t in left):
                time.sleep(0.05)
        for t in self.terms:
            if not reaped(t):
                os.waitpid(t.pid, 0)
        self.reader.stop()
        for t in self.terms:
            try:
                os.close(t.fd)
            except OSError:
                pass
        shutil.rmtree(self.tmp, ignore_errors=True)


def reaped(t):
    if getattr(t, "status", None) is not None:
        return True
    try:
        pid, status = os.waitpid(t.pid, os.WNOHANG)
    except ChildProcessError:
        t.status = -1
        return True
    if pid:
        t.status = status
        return True
    return False


def summarize(res):
    ch = res["per_change"]
    lat = [x for c in ch for x in c["follower_ms"] if x is not None]
    pres = [c["presenter_ms"] for c in ch if c["presenter_ms"] is not None]
    last = [max(x for x in c["follower_ms"] if x is not None) for c in ch if any(x is not None for x in c["follower_ms"])]
    return {
        "latency_p50_ms": pct(lat, 50), "latency_p95_ms": pct(lat, 95), "latency_max_ms": max(lat) if lat else None,
        "last_follower_p50_ms": pct(last, 50),
        "presenter_latency_p50_ms": pct(pres, 50),
        "missed_follower_changes": sum(c["missed"] for c in ch),
        "changes_with_a_miss": sum(1 for c in ch if c["missed"]),
        "presenter_cpu_ms_per_change": res["presenter_cpu_ms_per_change_stat"],
        "presenter_cpu_ms_per_change_p50_schedstat": med([c["presenter_cpu_ms"] for c in ch]),
        "followers_cpu_ms_per_change_total": res["followers_cpu_ms_per_change_stat"],
        "presenter_vmrss_mb": round(res["presenter_vmrss_kb"] / 1024, 1),
        "presenter_vmhwm_mb": round(res["presenter_vmhwm_kb"] / 1024, 1),
        "followers_pss_total_mb": round(res["followers_pss_kb_end"] / 1024, 1),
        "followers_first_slide_ms": res["all_followers_on_slide_1_ms"],
        "follower_vmhwm_mb_max": round(res["follower_vmhwm_kb_max"] / 1024, 1) if res.get("follower_vmhwm_kb_max") else None,
        "presenter_pty_bytes_per_change_p50": med([c["presenter_pty_bytes"] for c in ch]),
        "follower_pty_bytes_per_change_p50": med([x for c in ch for x in c["follower_pty_bytes"]]),
        "socket_bytes_per_change_p50": med([c.get("socket_bytes") for c in ch]),
        "socket_line_p50_ms": pct([c["socket_ms"] for c in ch if c.get("socket_ms") is not None], 50),
    }


ROWS = [  # key, label, unit, decimals
    ("latency_p50_ms", "latency p50 (key to follower's screen)", "ms", 1),
    ("latency_p95_ms", "latency p95", "ms", 1),
    ("latency_max_ms", "latency max", "ms", 1),
    ("last_follower_p50_ms", "last of the followers, p50 over changes", "ms", 1),
    ("presenter_latency_p50_ms", "presenter's own screen, p50", "ms", 1),
    ("missed_follower_changes", "missed follower-changes", "", 0),
    ("presenter_cpu_ms_per_change", "presenter CPU per change (utime+stime)", "ms", 2),
    ("presenter_cpu_ms_per_change_p50_schedstat", "presenter CPU per change, p50 (schedstat)", "ms", 2),
    ("followers_cpu_ms_per_change_total", "all followers' CPU per change (utime+stime)", "ms", 1),
    ("presenter_vmrss_mb", "presenter VmRSS", "MB", 1),
    ("presenter_vmhwm_mb", "presenter VmHWM", "MB", 1),
    ("followers_pss_total_mb", "followers' total PSS", "MB", 1),
    ("followers_first_slide_ms", "start of the followers to all on slide 1 (one follower: its first frame)", "ms", 1),
    ("follower_vmhwm_mb_max", "a follower's peak RSS (VmHWM, the largest)", "MB", 1),
    ("presenter_pty_bytes_per_change_p50", "presenter pty bytes per change, p50", "B", 0),
    ("follower_pty_bytes_per_change_p50", "one follower's pty bytes per change, p50", "B", 0),
    ("socket_bytes_per_change_p50", "socket bytes per change to one follower, p50", "B", 0),
    ("socket_line_p50_ms", "key to the position line on the socket, p50", "ms", 1),
]


def fmt(v, d):
    if v is None:
        return "-"
    return f"{v:,.{d}f}"


def table(summaries, header):
    out = [f"| {header} | " + " | ".join(h for h, _ in summaries) + " |",
           "|---|" + "---:|" * len(summaries)]
    for key, label, unit, d in ROWS:
        cells = [fmt(s.get(key), d) + (f" {unit}" if unit and s.get(key) is not None else "") for _, s in summaries]
        out.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(out)


def median_of(paths):
    runs = [json.load(open(p)) for p in paths]
    keys = [k for k, *_ in ROWS]
    medians = {k: med([r["summary"].get(k) for r in runs]) for k in keys}
    return runs, medians


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("binary", nargs="?", help="the idash binary")
    p.add_argument("--followers", type=int, default=50)
    p.add_argument("--changes", type=int, default=200)
    p.add_argument("--gap", type=float, default=0.15, help="seconds every pty must be quiet before the next key")
    p.add_argument("--timeout", type=float, default=10, help="seconds a change may take before a follower counts as missed")
    p.add_argument("--as-of", default="2026-11-25", help="the day the slides are drawn for (fixed: same slides every run)")
    p.add_argument("--out", help="write the full results (every change) as JSON here")
    p.add_argument("--median", nargs="+", metavar="RUN.json", help="print the medians of earlier runs' JSON instead")
    p.add_argument("--no-socket-probe", dest="socket_probe", action="store_false",
                   help="do not connect the passive socket reader (then no socket bytes)")
    p.add_argument("--quiet-progress", action="store_true")
    a = p.parse_args()
    if a.median:
        runs, medians = median_of(a.median)
        cols = [(f"run {i + 1}", r["summary"]) for i, r in enumerate(runs)] + [("median", medians)]
        print(table(cols, f"{runs[0]['followers']} followers, {runs[0]['changes']} changes"))
        if a.out:
            json.dump({"runs": a.median, "median": medians}, open(a.out, "w"), indent=1)
        return
    if not a.binary:
        p.error("the idash binary is required")
    a.binary = os.path.abspath(a.binary)
    if not os.access(a.binary, os.X_OK):
        p.error(f"{a.binary} is not executable")
    sys.setswitchinterval(0.001)  # the reader thread gets the GIL promptly

    def stop(signum, frame):
        raise KeyboardInterrupt
    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):  # SIGINT too: a background job starts with it ignored
        signal.signal(sig, stop)
    bench = Bench(a)
    try:
        res = bench.run()
    except KeyboardInterrupt:
        print("followers-bench: interrupted; ending every program", file=sys.stderr)
        sys.exit(130)
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # finish cleaning up even on a second Ctrl-C
        bench.cleanup()
    s = res["summary"]
    print(table([("value", s)], f"{a.followers} followers, {a.changes} changes"))
    if a.out:
        with open(a.out, "w") as f:
            json.dump(res, f, indent=1)


if __name__ == "__main__":
    main()
