#!/usr/bin/env bash
# End-to-end checks of the data commands with the real binary: `idash validate` on good
# and bad data, and the binary copied alone to another folder (built-in data).
set -euo pipefail
bin=$(realpath "$1")
root=$(pwd)
fail() { echo "FAIL: $*"; exit 1; }
passed=0
pass() { passed=$((passed + 1)); echo "ok: $*"; }

"$bin" validate >/dev/null || fail "validate on the built-in data"
pass "validate (built-in data) exits 0"
"$bin" validate sample-data >/dev/null || fail "validate sample-data"
pass "validate sample-data exits 0"

set +e
out=$("$bin" validate Tests/Fixtures/invalid-data 2>&1); status=$?
set -e
[ "$status" -eq 1 ] || fail "validate on invalid data exited $status, expected 1"
for expected in \
    "city.json:5:3: unknown field 'colour'" \
    "city.json:13:26: field 'value' must be a number" \
    "city.json:14:12: duplicate indicator id 'growth'" \
    "city.json:15:16: missing field 'source' in a target" \
    "city.json:20:50: a share of a whole is from 0 to 100 percent" \
    "city.json:24:91: unknown indicator 'no-such-indicator'" \
    "nan.json:6:86: NaN and Infinity are not allowed" \
    "observations.csv:2:29: value must be a finite decimal number"; do
    grep -qF "$expected" <<<"$out" || fail "validate output lacks: $expected"$'\n'"$out"
done
pass "validate names each error with file:line:column and exits 1"

# Past a syntax error the rest of the file is checked: a typo further down, with its hint.
for expected in \
    "Tests/Fixtures/invalid-data/syntaxville.json:5:3: expected ',' or '}' after object member" \
    "Tests/Fixtures/invalid-data/syntaxville.json:10:81: invalid literal 'percent' (strings need double quotes)" \
    "Tests/Fixtures/invalid-data/syntaxville.json:13:30: unknown field 'yaer' in a target (did you mean 'year'? known fields: value, text, year, qualifiers, wording, source)"; do
    grep -qxF "$expected" <<<"$out" || fail "validate output lacks the line: $expected"$'\n'"$out"
done
pass "validate reads on past a syntax error to the errors after it"

# The settings file: a value in it is reported with its place, and a typo in a key is a
# located error (stderr, nonzero exit) before anything else happens.
config_home=$(mktemp -d)
mkdir -p "$config_home/idash"
printf '// e2e settings\n{\n  language: "en",\n}\n' >"$config_home/idash/config.json5"
out=$(env -u IDASH_CONFIG XDG_CONFIG_HOME="$config_home" "$bin" config) || fail "idash config exited $?"
expected="language   en        (config file $config_home/idash/config.json5:3)"
grep -qxF "$expected" <<<"$out" || fail "idash config lacks the line: $expected"$'\n'"$out"
# A flag wins over the file, and config names the flag.
printf '{\n  clipboard: true,\n}\n' >"$config_home/idash/config.json5"
out=$(env -u IDASH_CONFIG XDG_CONFIG_HOME="$config_home" "$bin" config --no-clipboard) || fail "idash config --no-clipboard exited $?"
expected="clipboard  false     (--no-clipboard)"
grep -qxF "$expected" <<<"$out" || fail "idash config lacks the line: $expected"$'\n'"$out"
printf '{\n  langauge: "en",\n}\n' >"$config_home/idash/config.json5"
set +e
err=$(env -u IDASH_CONFIG XDG_CONFIG_HOME="$config_home" "$bin" config 2>&1 >/dev/null); status=$?
set -e
[ "$status" -ne 0 ] || fail "a typo in the settings file exited 0"
expected="Error: $config_home/idash/config.json5:2:3: unknown field 'langauge' in the settings file (did you mean 'language'? known fields: language, theme, data, ascii, clipboard)"
grep -qxF "$expected" <<<"$err" || fail "idash config's error lacks the line: $expected"$'\n'"$err"
rm -rf "$config_home"
pass "the settings file: idash config says where a value came from; a typo key is a located error, exit $status"

alone=$(mktemp -d)
cp "$bin" "$alone/idash"
(cd "$alone" && ./idash summary --lang en --as-of 2026-01-01 >summary.txt) || fail "the binary copied alone did not run"
grep -q "Nantong" "$alone/summary.txt" && grep -q "Suzhou" "$alone/summary.txt" && grep -q "Nanjing" "$alone/summary.txt" \
    || fail "the binary copied alone did not show the three cities"
(cd "$alone" && ./idash snapshot --view overview --theme projector --format ansi >overview.txt) || fail "snapshot from a copied binary"
grep -q "Nantong\|南通" "$alone/overview.txt" || fail "the copied binary's snapshot lacks the cities"
rm -rf "$alone"
pass "the binary copied alone shows the built-in data and themes"

set +e
"$bin" </dev/null >/dev/null 2>"$root/.ci-notty.txt"; status=$?
set -e
[ "$status" -eq 2 ] && grep -q "idash snapshot" "$root/.ci-notty.txt" || fail "not a terminal: exit $status, $(cat "$root/.ci-notty.txt")"
rm -f "$root/.ci-notty.txt"
pass "not on a terminal: a clear message pointing to idash snapshot, exit 2"

if python3 -c "import jsonschema" 2>/dev/null; then
    python3 - "$root/sample-data" <<'PY'
import json, sys, pathlib, jsonschema
folder = pathlib.Path(sys.argv[1])
schema = json.loads((folder / "schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
for city in sorted(folder.glob("*.json")):
    if city.name == "schema.json":
        continue
    errors = list(validator.iter_errors(json.loads(city.read_text())))
    if errors:
        sys.exit(f"{city.name}: {errors[0].message} at {list(errors[0].path)}")
PY
    pass "sample data matches sample-data/schema.json"
fi

python3 "$root/.ci/data-sources.py" --check || fail "docs/data-sources.md is out of date"
pass "docs/data-sources.md lists every observation as the data has it"
echo "e2e-data: $passed passed, 0 failed"
