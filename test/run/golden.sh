#!/bin/sh
# Regenerates the expected-output comment blocks of golden programs from real Go 1.19:
#   test/run/golden.sh test/run/*.go
# Each file ends with `// Output:` (stdout), then optionally `// Stderr:` (stderr up to the
# goroutine header of a traceback, whose addresses vary) and `// Exit: N` for a non-zero status.
# A line `// Env: K=V ...` in the source sets environment variables for the run.
# A file with a line `// Flags: --faketime` is built with Go's faketime tag (the Playground's clock,
# which starts at 2009-11-10 23:00:00 UTC); such a program's writes come framed for playback
# (`\0\0PB`, 8 bytes of time, 4 of length, the data), and the frames are unwrapped.
set -e
GO=${GO:-/usr/lib/go-1.19/bin/go}
unframe='local $/; binmode STDIN; binmode STDOUT; my $d = <STDIN>;
  while (length($d) >= 16 && substr($d, 0, 4) eq "\0\0PB") {
    my $n = unpack("N", substr($d, 12, 4)); print substr($d, 16, $n); $d = substr($d, 16 + $n);
  }
  print $d;'
for f in "$@"; do
  tmp=$(mktemp -d)
  # Strip the old blocks.
  awk '/^\/\/ Output:$/{exit} {print}' "$f" > "$tmp/src.go"
  sed -i -e :a -e '/^\n*$/{$d;N;ba' -e '}' "$tmp/src.go"
  cp "$tmp/src.go" "$tmp/main.go"
  tags=
  if grep -q '^// Flags: .*--faketime' "$tmp/src.go"; then tags='-tags=faketime'; fi
  (cd "$tmp" && GO111MODULE=off GOCACHE=${GOCACHE:-/tmp/gc} "$GO" build $tags -o prog main.go)
  set +e
  vars=$(sed -n 's#^// Env: ##p' "$tmp/src.go")
  (cd "$tmp" && env $vars ./prog > out.raw 2> err.raw)
  code=$?
  set -e
  if [ -n "$tags" ]; then
    perl -e "$unframe" < "$tmp/out.raw" > "$tmp/out.txt"
    perl -e "$unframe" < "$tmp/err.raw" > "$tmp/err.txt"
  else
    mv "$tmp/out.raw" "$tmp/out.txt"
    mv "$tmp/err.raw" "$tmp/err.txt"
  fi
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
