#!/usr/bin/env bash
# Installs everything ClaimDesk needs to build, test and run on Debian 12, from
# Debian's own packages. Safe to run again: apt-get skips what is there.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git clang-format
    # Qt 6.4
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libgl-dev
    libqt6svg6 libqt6opengl6-dev qt6-charts-dev qt6-pdf-dev qtkeychain-qt6-dev
    # the claim dossier: Qt WebEngine renders it and prints it to PDF; the tests
    # read the PDF back with pdftotext
    qt6-webengine-dev libqt6webenginecore6-bin poppler-utils
    # JSON Lines at speed for claimdesk-cli decide
    libsimdjson-dev
    # bulk inserts through the SQLite API on Qt's own connection
    libsqlite3-dev
    # OCR and imaging (the document pipeline): Tesseract's API and its Thai and
    # English models, OpenCV, libexif for photo GPS; Qt's WebP and TIFF readers;
    # the tesseract command is the baseline bench/run-benchmarks.sh compares with
    libtesseract-dev tesseract-ocr-eng tesseract-ocr-tha libopencv-dev libexif-dev
    qt6-image-formats-plugins tesseract-ocr
    # the Latin-script model: a second opinion on a receipt's key rows (it
    # misreads other letters than the English model, so the readings can vote)
    tesseract-ocr-script-latn
    # API keys: the Secret Service QtKeychain uses on Linux desktops (libsecret
    # and gnome-keyring), and a private D-Bus session for the keychain tests
    libsecret-1-0 gnome-keyring dbus-daemon
    # headless GUI runs, database inspection, packaging
    xvfb xauth sqlite3 dpkg-dev file
    # Thai and Latin fonts, so Thai text never shows as empty boxes
    fonts-thai-tlwg fonts-dejavu-core
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
