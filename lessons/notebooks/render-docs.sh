#!/usr/bin/env bash
# Renders the course to HTML under docs/course/, so it can be read without running it.
# Every notebook is executed top to bottom through the installed "vnetlab" kernel (./course installs it), then
# converted to HTML. By default the notebooks are rendered as learners get them (answer cells hold placeholders);
# with --solved the reference solutions are filled in first (for instructors; do not publish that copy to learners).
#   lessons/notebooks/render-docs.sh [--solved] [OUTPUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/../.."

solved=false
if [ "${1:-}" = "--solved" ]; then solved=true; shift; fi
out="${1:-docs/course}"
jar=kernel/target/vnetlab-kernel.jar
jupyter=/usr/bin/jupyter
command -v "$jupyter" >/dev/null || jupyter=jupyter

if [ ! -f "$jar" ]; then
  mvn -q -B -DskipTests package -pl kernel -am
fi

src=notebooks
if $solved; then
  src=target/solved-notebooks
  java -cp "$jar" vnetlab.course.SolvedNotebooks notebooks "$src"
fi

mkdir -p "$out"
"$jupyter" nbconvert --to html --execute \
  --ExecutePreprocessor.kernel_name=vnetlab --ExecutePreprocessor.timeout=120 \
  --output-dir "$out" "$src"/*.ipynb
echo "rendered $(ls "$out"/*.html | wc -l) notebooks into $out"
