#!/usr/bin/env bash
# `npm test`: type check, unit + database tests on embedded PGlite, then e2e in Chromium against the production build, with beside it
# the database tests again on a throwaway PostgreSQL server (when its binaries are installed), a short fuzz run (npm run fuzz),
# Prettier and ESLint. The production build runs in the background from the type check on.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
# Outside test-results/, which Playwright empties when it starts.
results=.test-reports
rm -rf "$results" && mkdir -p "$results"
failed=()

timings=()
step() { printf '\n=== %s\n' "$1"; }
# Runs one step and records its wall time, printed at the end so CI's budget (20 minutes) shows where it goes.
run() {
  local name=$1 started=$SECONDS
  shift
  "$@" || failed+=("$name")
  timings+=("$(printf '%-10s %5d s' "$name" $((SECONDS - started)))")
}

step 'Type check'
run typecheck npx tsc --noEmit -p .

# The production build that e2e serves runs beside the other checks and the unit tests (each keeps one of the two cores busy); e2e
# waits for it. It starts after the type check, which reads the route types the build writes into .next/.
step 'Production build (in the background, log in .test-reports/build.log)'
build_started=$SECONDS
CARDINAL_TYPECHECKED=1 npx next build >"$results/build.log" 2>&1 &
build_pid=$!
# A stopped run (failure, Ctrl-C) stops what it started in the background, children included.
kill_tree() {
  local pids=("$@") all=()
  while [ ${#pids[@]} -gt 0 ]; do
    all+=("${pids[@]}")
    mapfile -t pids < <(ps -o pid= --ppid "$(IFS=,; echo "${pids[*]}")" 2>/dev/null | tr -d ' ')
  done
  kill "${all[@]}" 2>/dev/null
}
trap 'kill_tree "$build_pid"' EXIT
wait_for_build() {
  local rc=0
  wait "$build_pid" || rc=$?
  timings+=("$(printf '%-10s %5d s (beside the tests)' build $((SECONDS - build_started)))")
  [ "$rc" -eq 0 ] || { tail -40 "$results/build.log"; return 1; }
}

step 'Unit and database tests (embedded PGlite)'
run unit npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest-pglite.json"

step 'End-to-end (Chromium, production build); beside it: the PostgreSQL lane, a short fuzz run, Prettier and ESLint (logs in .test-reports/)'
wait_for_build || failed+=(build)
# e2e waits on the browser and the server much of the time, so the runs that need no browser go beside it, one after another
# (Prettier and ESLint too: before the tests they sat on the critical path);
# each writes its log, and its name to side-failed when it fails. (The crash test, npm run test:crash, is its own command: its
# server restarts would add minutes here.)
side() {
  local name=$1 started=$SECONDS
  shift
  "$@" >"$results/$name.log" 2>&1 || echo "$name" >>"$results/side-failed"
  printf '%-10s %5d s (beside e2e)\n' "$name" $((SECONDS - started)) >>"$results/side-timings"
}
(
  side postgres npx tsx scripts/with-postgres.ts npx vitest run lib/server --reporter=default --reporter=json --outputFile.json="$results/vitest-postgres.json"
  CARDINAL_SKIP_BUILD=1 side fuzz npx tsx --conditions=react-server scripts/fuzz.ts --short
  # npm run format writes what Prettier asks for; ESLint includes the layer import rules in eslint.config.mjs.
  side format npx prettier --check . --log-level warn
  side lint npx eslint . --max-warnings 0
) &
side_pid=$!
trap 'kill_tree "$build_pid" "$side_pid"' EXIT
PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" run e2e npx playwright test --reporter=list,json
wait "$side_pid"
for name in postgres fuzz format lint; do
  step "$name (beside e2e): last lines of .test-reports/$name.log"
  tail -25 "$results/$name.log"
done
[ -f "$results/side-timings" ] && mapfile -t -O "${#timings[@]}" timings <"$results/side-timings"
[ -f "$results/side-failed" ] && mapfile -t -O "${#failed[@]}" failed <"$results/side-failed"

step 'Summary'
node scripts/test-summary.mjs "$results"
printf '%s\n' "${timings[@]}" "$(printf '%-10s %5d s' total "$SECONDS")"
if [ ${#failed[@]} -gt 0 ]; then
  echo "Failed steps: ${failed[*]}"
  exit 1
fi
echo 'All steps passed.'
