#!/bin/sh
# Regenerates the expected-output comment blocks of golden programs from real Go 1.19:
#   test/run/golden.sh test/run/*.go
# Each file ends with `// Output:` (stdout), then optionally `// Stderr:` (stderr up to the
# goroutine header of a traceback, whose addresses vary) and `// Exit: N` for a non-zero status.
# A line `// Env: K=V ...` in the source sets environment variables for the run.
set -e
GO=${GO:-/usr/lib/go-1.19/bin/go}
for f in "$@"; do
  tmp=$(mktemp -d)
  # Strip the old blocks.
  awk '/^\/\/ Output:$/{exit} {print}' "$f" > "$tmp/src.go"
  sed -i -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$tmp/src.go"
  cp "$tmp/src.go" "$tmp/main.go"
  (cd "$tmp" && GO111MODULE=off GOCACHE=/tmp/gc "$GO" build -o prog main.go)
  set +e
  vars=$(sed -n 's#^// Env: ##p' "$tmp/src.go")
  (cd "$tmp" && env $vars ./prog > out.txt 2> err.txt)
  code=$?
  set -e
  {
    cat "$tmp/src.go"
    echo
    echo "// Output:"
    sed 's#^#// #; s#^// $#//#' "$tmp/out.txt"
    if [ -s "$tmp/err.txt" ]; then
      echo "// Stderr:"
      awk '{print} /^goroutine [0-9]+ \[/{exit}' "$tmp/err.txt" | sed 's#^#// #; s#^// $#//#'
    fi
    if [ "$code" != 0 ]; then echo "// Exit: $code"; fi
  } > "$f"
  rm -rf "$tmp"
done
