#!/usr/bin/env bash
# Fuzz the loader with AFL++ through SharpFuzz (see docs/fuzzing.md). Not part of CI.
# Usage: tests/PolicyRef.Fuzz/run-afl.sh [seconds]   (default 600)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"
work="${FUZZ_WORK:-/tmp/policyref-fuzz}"
command -v afl-fuzz >/dev/null || { apt-get update && apt-get install -y afl++; }
[ -x "$work/tools/sharpfuzz" ] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$work/tools"
rm -rf "$work/build" "$work/findings"
dotnet publish tests/PolicyRef.Fuzz -c Release -o "$work/build"
"$work/tools/sharpfuzz" "$work/build/PolicyRef.dll"
"$work/tools/sharpfuzz" "$work/build/Newtonsoft.Json.dll"
AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 \
  afl-fuzz -i tests/PolicyRef.Fuzz/corpus -o "$work/findings" -t 10000 -m none -V "$seconds" -- "$work/build/PolicyRef.Fuzz"
grep -E "run_time|execs_done|execs_per_sec|corpus_count|bitmap_cvg|saved_crashes|saved_hangs" "$work/findings/default/fuzzer_stats"
# Replay anything found: dotnet run --project tests/PolicyRef.Fuzz -- "$work"/findings/default/crashes/id*
