#!/usr/bin/env bash
# End-to-end test of a talk given over SSH, through a private sshd of this run's own
# (127.0.0.1, a free port, its own host key, keys only, no PAM): the presenter runs over
# `ssh -t` in tmux, two followers watch in tmux, the ssh client is killed, the presenter
# comes back over a new connection, and both followers must be on its slide within 3 s
# without a key pressed. Then colleagues without an account: a dedicated follower user
# whose key `idash share-key` added may only follow, whatever it asks ssh for.
# Run as root (it starts sshd and may create the follower user). Usage: e2e-ssh.sh BINARY
set -uo pipefail
session=idash-ssh-presenter
tmp=$(mktemp -d /tmp/idash-e2e-ssh.XXXXXX)
chmod 755 "$tmp"  # the follower user reaches the binary and the socket's folder through it
export XDG_STATE_HOME=$tmp/state  # the talk's position file, not root's own
source "$(dirname "$0")/lib-tmux.sh" "$1"
follow_user=idashfollow
created_user=""
keys_backup=""
cleanup() {
    tmux kill-server 2>/dev/null
    [ -s "$tmp/sshd.pid" ] && kill "$(cat "$tmp/sshd.pid")" 2>/dev/null
    [ -n "${SSH_AGENT_PID:-}" ] && kill "$SSH_AGENT_PID" 2>/dev/null
    # -f: a follower's session may still be ending as sshd goes.
    [ -n "$created_user" ] && userdel -f -r "$created_user" 2>/dev/null
    [ -n "$keys_backup" ] && cp -p "$keys_backup" "$keys_file"  # a follower account that was there before
    rm -rf "$out" "$tmp" "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$tmux_server"
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || { echo "e2e-ssh: must run as root (it starts sshd)"; exit 1; }
command -v sshd >/dev/null || [ -x /usr/sbin/sshd ] || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssh-server; }
sshd_bin=$(command -v sshd || echo /usr/sbin/sshd)

# A copy of the binary anyone may run (it carries its data), where the follower user can reach it.
mkdir -p "$tmp/bin" && cp "$bin" "$tmp/bin/idash" && chmod 755 "$tmp/bin/idash"
idash=$tmp/bin/idash

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
ssh-keygen -q -t ed25519 -N '' -f "$tmp/host_key"
ssh-keygen -q -t ed25519 -N '' -f "$tmp/presenter_key"
ssh-keygen -q -t ed25519 -N '' -f "$tmp/colleague_key"
ssh-keygen -q -t ed25519 -N '' -f "$tmp/other_key"
cp "$tmp/presenter_key.pub" "$tmp/authorized_keys.root"
mkdir -p /run/sshd  # sshd's privilege separation folder
# StrictModes no: root's key file lives in this temporary folder under /tmp, which is
# world-writable, and StrictModes would refuse it. The follower's own file is checked below.
cat >"$tmp/sshd_config" <<CONFIG
Port $port
ListenAddress 127.0.0.1
HostKey $tmp/host_key
PidFile $tmp/sshd.pid
UsePAM no
PubkeyAuthentication yes
AuthenticationMethods publickey
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
AllowUsers root $follow_user
AuthorizedKeysFile .ssh/authorized_keys $tmp/authorized_keys.%u
StrictModes no
PrintMotd no
AllowAgentForwarding yes
AllowTcpForwarding yes
CONFIG
"$sshd_bin" -f "$tmp/sshd_config" -E "$tmp/sshd.log" || { echo "sshd would not start"; cat "$tmp/sshd.log"; exit 1; }
for _ in $(seq 50); do [ -s "$tmp/sshd.pid" ] && break; sleep 0.1; done

ssh_options=(-F /dev/null -p "$port" -o StrictHostKeyChecking=no -o UserKnownHostsFile="$tmp/known_hosts"
             -o IdentitiesOnly=yes -o BatchMode=yes -o LogLevel=ERROR)
share=$tmp/share
mkdir -p "$share"
socket=$share/present.sock
screen_of() { tmux capture-pane -p -t "$1"; }

# present_over_ssh ARGS...: the presenter in tmux, over a new ssh connection.
present_over_ssh() {
    tmux kill-session -t $session 2>/dev/null
    tmux new-session -d -s $session -x 120 -y 40 \
        "ssh -t ${ssh_options[*]} -i $tmp/presenter_key root@127.0.0.1 env TERM=xterm-256color LANG=C.UTF-8 IDASH_CONFIG=/dev/null XDG_STATE_HOME=$XDG_STATE_HOME TMPDIR=$share $idash present --as-of 2026-11-25 --lang en $*; echo EXIT=\$?; sleep 60"
}

follow_locally() { # SESSION
    tmux new-session -d -s "$1" -x 100 -y 30 \
        "env TERM=xterm-256color LANG=C.UTF-8 IDASH_CONFIG=/dev/null $idash follow --as-of 2026-11-25 --lang en $socket; echo EXIT=\$?; sleep 60"
}

# both_followers_show TEXT SECONDS: both followers show TEXT and the same rows, in time.
both_followers_show() {
    local deadline; deadline=$(( $(date +%s%N) + $2 * 1000000000 ))
    while [ "$(date +%s%N)" -lt "$deadline" ]; do
        screen_of follower-1 >"$out/f1"; screen_of follower-2 >"$out/f2"
        grep -qF -- "$1" "$out/f1" && cmp -s "$out/f1" "$out/f2" && return 0
        sleep 0.05
    done
    return 1
}

present_over_ssh --share "$socket"
expect_screen "presenter over ssh: first slide" "1/20"
follow_locally follower-1
follow_locally follower-2
# show_followers: their last rows, when a check fails.
show_followers() { tail -2 "$out/f1" | sed 's/^/    1| /'; tail -2 "$out/f2" | sed 's/^/    2| /'; }
both_followers_show "1/20" 10 && pass "both followers on slide 1" || { fail "followers not on slide 1"; show_followers; }
keys 7 Enter
expect_screen "presenter over ssh: slide 7" "7/20" "2 following"
both_followers_show "7/20" 10 && pass "both followers on slide 7" || { fail "followers not on slide 7"; show_followers; }

ssh_pid=$(pgrep -P "$(tmux display -p -t $session '#{pane_pid}')" -x ssh)
[ -n "$ssh_pid" ] && kill "$ssh_pid"  # the connection drops
wait_for "EXIT=" && pass "the ssh client is gone" || fail "ssh (pid '$ssh_pid') still runs: $(ps -o pid,stat,args -p "${ssh_pid:-1}" | tail -1)"
# The presenter's own command line (not the tmux shell's, which names it too).
for _ in $(seq 50); do pgrep -f -- "^$idash present" >/dev/null || break; sleep 0.1; done
pgrep -f -- "^$idash present" >/dev/null && fail "the hung-up presenter still runs" || pass "the hang-up ended the presenter"
for name in follower-1 follower-2; do
    for _ in $(seq 50); do screen_of $name | grep -qF "the presenter has ended" && break; sleep 0.1; done
    screen_of $name | grep -qF "the presenter has ended" && pass "$name: says the presenter has ended" || fail "$name: did not notice"
done

present_over_ssh --share "$socket"  # back over a new connection
expect_screen "presenter over a new connection resumes at slide 7" "7/20" "resumed at slide 7"
started=$(date +%s%N)
if both_followers_show "7/20  following" 3; then
    pass "both followers on slide 7 again, same rows, after $(( ($(date +%s%N) - started) / 1000000 )) ms, no key pressed"
else
    fail "followers not back on slide 7 within 3 s"; show_followers
fi

keys q
wait_for "EXIT=0" && pass "presenter quits over ssh" || fail "presenter: no clean exit"

# --- Colleagues without an account: a follower user, keys added with share-key.
if ! id "$follow_user" >/dev/null 2>&1; then
    useradd --create-home --shell /bin/sh "$follow_user" && created_user=$follow_user
fi
usermod -p '*' "$follow_user"  # no password works; without PAM sshd takes a '!' password as a locked account
home=$(getent passwd "$follow_user" | cut -d: -f6)
keys_file=$home/.ssh/authorized_keys
# An account that was there already: its keys are put back on exit; the test starts without them.
if [ -f "$keys_file" ]; then keys_backup=$tmp/authorized_keys.backup; cp -p "$keys_file" "$keys_backup"; : >"$keys_file"; fi
share_key() { env TMPDIR="$share" "$idash" share-key "$@"; }
group_socket=$share/idash-0/present.sock  # where --share-group puts it under this TMPDIR
as_colleague=(ssh "${ssh_options[@]}" -i "$tmp/colleague_key" "$follow_user@127.0.0.1")

share_key add colleague "$tmp/colleague_key.pub" --user "$follow_user" >"$out/add" 2>&1 \
    && pass "share-key add: $(cat "$out/add")" || fail "share-key add: $(cat "$out/add")"
share_key add other "$tmp/other_key.pub" --user "$follow_user" >/dev/null 2>&1 || fail "share-key add other"
line=$(grep ' idash:colleague$' "$keys_file")
[ "$line" = "restrict,pty,command=\"$idash follow $group_socket\" $(cut -d' ' -f1-2 "$tmp/colleague_key.pub") idash:colleague" ] \
    && pass "the authorized_keys line is restrict,pty,command=\"… follow …\" KEY idash:NAME" || fail "line: $line"
[ "$(stat -c '%a %U' "$home/.ssh") $(stat -c '%a %U' "$keys_file")" = "700 $follow_user 600 $follow_user" ] \
    && pass "~/.ssh 0700 and authorized_keys 0600, the follower user's" || fail "modes: $(stat -c '%a %U %n' "$home/.ssh" "$keys_file")"
[ "$(share_key list --user "$follow_user" | tr '\n' ' ')" = "colleague other " ] && pass "share-key list names the keys" || fail "list: $(share_key list --user "$follow_user")"
for bad in /etc/hostname "$tmp/colleague_key" "$tmp/missing.pub"; do
    share_key add bad "$bad" --user "$follow_user" >"$out/bad" 2>&1 && fail "share-key took $bad"
    grep -qF "bad key file $bad: " "$out/bad" && pass "a bad key file is named: $(cat "$out/bad")" || fail "bad key $bad: $(cat "$out/bad")"
done

present_over_ssh --share --share-group "$follow_user"
expect_screen "presenter shares with the follower group, still at slide 7" "7/20"
tmux new-session -d -s colleague -x 100 -y 30 "${as_colleague[*]} -t; echo EXIT=\$?; sleep 60"
for _ in $(seq 50); do screen_of colleague | grep -qF "7/20" && break; sleep 0.1; done
screen_of colleague | grep -qF "7/20" && pass "the colleague's key sees the current slide over ssh -t" || { fail "colleague sees no slide"; screen_of colleague | sed 's/^/    c| /'; }
expect_screen "presenter: 1 following" "1 following"

no_uid() { # NAME FILE: what a key that may only follow got must never be a shell's
    if grep -q 'uid=' "$2"; then fail "$1 ran a command: $(head -3 "$2")"; else pass "$1: no command ran ($(tr -d '\r' <"$2" | grep -v '^$' | head -1 | cut -c1-70))"; fi
}
timeout 10 "${as_colleague[@]}" id >"$out/cmd" 2>&1; no_uid "ssh follow@host id" "$out/cmd"
echo id | timeout 10 "${as_colleague[@]}" -T >"$out/shell" 2>&1; no_uid "a shell on stdin" "$out/shell"
timeout 5 "${as_colleague[@]}" -tt 'id; exec sh' </dev/null >"$out/tty" 2>&1; no_uid "ssh -tt with a command" "$out/tty"
forward_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
timeout 8 "${as_colleague[@]}" -N -L "127.0.0.1:$forward_port:127.0.0.1:$port" 2>"$out/forward" &
forward_pid=$!
sleep 1
python3 - "$forward_port" >"$out/through" 2>&1 <<'PY'
import socket, sys
try:
    s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=2)
    print(s.recv(100))
except Exception as e:
    print("no connection:", e)
PY
kill "$forward_pid" 2>/dev/null; wait "$forward_pid" 2>/dev/null
grep -q 'SSH-2.0' "$out/through" && fail "a port forward reached sshd: $(cat "$out/through")" \
    || pass "a port forward (-L) is refused (sshd: $(grep -io "refused local port forward[^:]*\|port forwarding disabled[^;]*" "$tmp/sshd.log" | head -1))"
eval "$(ssh-agent -s)" >/dev/null && ssh-add -q "$tmp/colleague_key" 2>/dev/null
timeout 10 "${as_colleague[@]}" -A 'id; echo agent=$SSH_AUTH_SOCK' >"$out/agent" 2>&1; no_uid "an agent forward (-A)" "$out/agent"
grep -q 'agent=/' "$out/agent" && fail "the agent was forwarded" || pass "no agent socket reached the follower"
kill "$SSH_AGENT_PID" 2>/dev/null; unset SSH_AGENT_PID

share_key remove colleague --user "$follow_user" >/dev/null 2>&1 || fail "share-key remove"
[ "$(share_key list --user "$follow_user")" = other ] && grep -q ' idash:other$' "$keys_file" \
    && pass "share-key remove deletes only that line" || fail "after remove: $(cat "$keys_file")"
timeout 10 "${as_colleague[@]}" true >"$out/removed" 2>&1
status=$?
[ "$status" = 255 ] && grep -q 'Permission denied' "$out/removed" && pass "after share-key remove, login fails" || fail "login after remove: $status $(cat "$out/removed")"

keys q
wait_for "EXIT=0" && pass "presenter quits" || fail "presenter: no clean exit"
wait_for "Colleagues join with ssh -t $follow_user@" && pass "present --share said how to join" || fail "no join hint"

echo "e2e-ssh: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
