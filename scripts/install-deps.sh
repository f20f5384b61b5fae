#!/usr/bin/env bash
# Installs the Debian 12 packages Infralab builds and tests with, only those
# that are missing. Needs root (or sudo) the first time, nothing afterwards.
set -euo pipefail

packages=(
    cmake ninja-build g++ clang libclang-rt-dev
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libgl-dev zlib1g-dev qt6-qpa-plugins xvfb xauth
    dpkg-dev file desktop-file-utils appstream shared-mime-info man-db
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
