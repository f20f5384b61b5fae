#!/usr/bin/env bash
# Builds the .deb from a configured and built tree (default build/) and
# checks it as a distribution would: the desktop entry and the AppStream
# metadata pass their validators, the MIME type registers, the man page
# renders, the package holds what a desktop needs and depends on Debian's
# Qt 6 only, and the binary it ships runs. Nothing is installed on this machine and nothing is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
app_id=org.infralab.Infralab

fail() { echo "check-package: $*" >&2; exit 1; }

rm -f "$build"/infralab_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
debs=("$build"/infralab_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single infralab_*.deb in $build"
deb=${debs[0]}
echo "package: $deb ($(du -h "$deb" | cut -f1))"

echo "-- dpkg-deb --info"
dpkg-deb --field "$deb" | sed 's/^/   /'
[ "$(dpkg-deb -f "$deb" Package)" = infralab ] || fail "package name is not infralab"
depends=$(dpkg-deb -f "$deb" Depends)
for library in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libqt6charts6; do
    grep -Eq "(^|, )$library( |,|$)" <<<"$depends" || fail "Depends lacks $library: $depends"
done

# What `apt install ./infralab_*.deb` would do: every dependency is a
# Debian 12 package (nothing is installed; --simulate needs no root).
apt-get install --simulate --no-install-recommends "$(realpath "$deb")" >"$build/apt-simulate.log" 2>&1 \
    || { cat "$build/apt-simulate.log" >&2; fail "apt cannot install the package's dependencies"; }
grep -q '^Inst infralab ' "$build/apt-simulate.log" || fail "apt would not install infralab: see $build/apt-simulate.log"
echo "   apt install ./$(basename "$deb"): dependencies resolve"

echo "-- dpkg-deb --contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
for path in \
    ./usr/bin/infralab \
    ./usr/share/applications/$app_id.desktop \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/mime/packages/$app_id.xml \
    ./usr/share/doc/infralab/copyright \
    ./usr/share/doc/infralab/changelog.gz \
    ./usr/share/man/man1/infralab.1.gz; do
    grep -qxF "$path" <<<"$contents" || fail "the package lacks $path"
    echo "   $path"
done
unexpected=$(grep -v -e '/$' -e '^./usr/bin/infralab$' -e '^./usr/share/' <<<"$contents" || true)
[ -z "$unexpected" ] || fail "files outside /usr/bin and /usr/share: $unexpected"

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

echo "-- desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop"

echo "-- appstreamcli validate --no-net"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml"
# The metadata, the desktop entry and the icon agree with one another.
appstreamcli validate-tree --no-net "$root"

version=$(dpkg-deb -f "$deb" Version)
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo has no release for the package's version $version"

echo "-- shared MIME info"
# What shared-mime-info's trigger does after dpkg -i, in the unpacked tree.
XDG_DATA_DIRS="$root/usr/share" update-mime-database "$root/usr/share/mime"
grep -q 'application/x-infralab+json:\*\.infralab\.json' "$root/usr/share/mime/globs2" \
    || fail "*.infralab.json does not map to application/x-infralab+json"
echo "   *.infralab.json -> application/x-infralab+json"

echo "-- man page"
warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$root/usr/share/man/man1/infralab.1.gz" 2>&1 >/dev/null)
[ -z "$warnings" ] || fail "man infralab: $warnings"
echo "   man infralab renders without warnings"

echo "-- the packaged binary"
binary="$root/usr/bin/infralab"
file "$binary" | grep -q 'ELF 64-bit LSB pie executable' || fail "not an executable: $(file "$binary")"
file "$binary" | grep -q 'not stripped' && fail "the binary is not stripped"
ran_version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$binary" --version)
[ "$ran_version" = "infralab $version" ] || fail "--version printed '$ran_version', not 'infralab $version'"
echo "   $ran_version"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$binary" presets | grep -q '^secured-monitored	' \
    || fail "'infralab presets' does not list secured-monitored"
echo "   infralab presets: $(env -u DISPLAY "$binary" presets | wc -l) designs"

echo "package checks passed: $deb"
