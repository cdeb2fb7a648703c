#!/bin/sh
# A stand-in for sendmail in the mail tests. Each message it is handed is
# kept, with the arguments it came with, in sent/ beside wherever the script
# was copied. A file named `fail` beside it makes it refuse (exit 75, as a
# mailer does when its relay is down); one named `hang` makes it wait on a
# child of its own that never ends (its pid in hang.pid), as a relay client
# that hangs would.
dir=$(dirname "$0")
if [ -e "$dir/hang" ]; then
  sleep 60 &
  echo $! >"$dir/hang.pid"
  wait
fi
if [ -e "$dir/fail" ]; then
  cat >/dev/null
  echo "fake mailer: the relay refused the connection" >&2
  exit 75
fi
mkdir -p "$dir/sent"
n=$(ls "$dir/sent" | wc -l)
name=$(printf '%04d' "$n")
{
  printf 'ARGS:'
  for a in "$@"; do printf ' [%s]' "$a"; done
  printf '\n'
  cat
} >"$dir/sent/$name.tmp"
mv "$dir/sent/$name.tmp" "$dir/sent/$name.eml"
