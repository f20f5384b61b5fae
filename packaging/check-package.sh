#!/usr/bin/env bash
# Builds the .deb from a configured and built tree (default build/) and
# checks it as a distribution would: the desktop entry and the AppStream
# metadata pass their validators, the MIME type registers, the package holds
# what a desktop needs and depends on Debian's Qt 6, and the binary it ships
# runs. Nothing is installed on this machine and nothing is downloaded.
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
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
[ "$(dpkg-deb -f "$deb" Package)" = infralab ] || fail "package name is not infralab"
depends=$(dpkg-deb -f "$deb" Depends)
for library in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libqt6charts6; do
    grep -Eq "(^|, )$library( |,|$)" <<<"$depends" || fail "Depends lacks $library: $depends"
done

echo "-- dpkg-deb --contents"
contents=$(dpkg-deb --contents "$deb" | awk '{print $NF}')
for path in \
    ./usr/bin/infralab \
    ./usr/share/applications/$app_id.desktop \
    ./usr/share/icons/hicolor/scalable/apps/$app_id.svg \
    ./usr/share/metainfo/$app_id.metainfo.xml \
    ./usr/share/mime/packages/$app_id.xml \
    ./usr/share/doc/infralab/copyright; do
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
mkdir -p "$root/mime-db/packages"
cp "$root/usr/share/mime/packages/$app_id.xml" "$root/mime-db/packages/"
update-mime-database "$root/mime-db"
grep -q 'application/x-infralab+json:\*\.infralab\.json' "$root/mime-db/globs2" \
    || fail "*.infralab.json does not map to application/x-infralab+json"
echo "   *.infralab.json -> application/x-infralab+json"

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
