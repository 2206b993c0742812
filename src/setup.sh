#!/bin/sh
# setup.sh: make a fresh Debian machine ready for lede, build it, and run
# the demo pipeline.  As root it installs what is missing with apt-get;
# otherwise it prints the apt-get line to run.
#
#	sh src/setup.sh			install, build, demo
#	sh src/setup.sh -n		install and build only
set -eu

PKGS="make gcc libc6-dev pkg-config libpcre2-dev libbsd-dev bats
bats-assert bats-support mandoc valgrind parallel python3 time"

demo=1
[ "${1-}" = "-n" ] && demo=0
cd "$(dirname "$0")/.."

missing=
for p in $PKGS; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null |
	    grep -q 'install ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
	if [ "$(id -u)" -eq 0 ]; then
		echo "setup: installing:$missing"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq
		# shellcheck disable=SC2086
		apt-get install -y -qq --no-install-recommends $missing
	else
		echo "setup: missing packages; run as root:" >&2
		echo "  apt-get install$missing" >&2
		exit 1
	fi
fi
make
[ "$demo" -eq 1 ] && make demo
exit 0
