#!/usr/bin/env bash
# Installs everything ClaimDesk needs to build, test and run on Debian 12, from
# Debian's own packages; with --run-only, what building and running the app
# needs (a first launch does not wait for the test servers and compilers).
# Safe to run again: apt-get skips what is there.
set -euo pipefail

# What building and running the app needs (scripts/run.sh asks only for these).
run_packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config ca-certificates
    # Qt 6.4
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libgl-dev
    libqt6svg6 libqt6opengl6-dev qt6-charts-dev qt6-pdf-dev qtkeychain-qt6-dev
    # the claim dossier and the insurer portals: Qt WebEngine renders, prints to
    # PDF and fills a portal's forms
    qt6-webengine-dev libqt6webenginecore6-bin
    # JSON Lines at speed for claimdesk-cli decide
    libsimdjson-dev
    # bulk inserts through the SQLite API on Qt's own connection
    libsqlite3-dev
    # OCR and imaging (the document pipeline): Tesseract's API and its Thai and
    # English models, OpenCV, libexif for photo GPS; Qt's WebP and TIFF readers
    libtesseract-dev tesseract-ocr-eng tesseract-ocr-tha libopencv-dev libexif-dev
    qt6-image-formats-plugins
    # Tesseract's orientation and script detection model: which languages a
    # page is read in (TesseractEngine::scriptOf)
    tesseract-ocr-osd
    # the Latin-script model: a second opinion on a receipt's key rows (it
    # misreads other letters than the English model, so the readings can vote)
    tesseract-ocr-script-latn
    # API keys and portal passwords: the Secret Service QtKeychain uses on Linux
    # desktops (libsecret and gnome-keyring)
    libsecret-1-0 gnome-keyring
    # team mode: bulk loads into a team book with COPY, through libpq on Qt's
    # own connection
    libpq-dev
    # the mail inbox: GMime for MIME, libcurl for IMAP
    libgmime-3.0-dev libcurl4-openssl-dev
    # Thai and Latin fonts, so Thai text never shows as empty boxes
    fonts-thai-tlwg fonts-dejavu-core
)
# What the test suite, the benchmarks and packaging need on top (scripts/test.sh).
test_packages=(
    git clang-format
    # the reliability suite (the "sanitize" preset): clang with AddressSanitizer,
    # UndefinedBehaviorSanitizer and libFuzzer's runtime
    clang libclang-rt-14-dev
    # the tests read the dossier's PDF back with pdftotext
    poppler-utils
    # the tesseract command is the baseline bench/run-benchmarks.sh compares with
    tesseract-ocr
    # a private D-Bus session for the keychain tests
    dbus-daemon
    # team mode: the PostgreSQL 15 server and client (with pg_trgm in its contrib);
    # the tests start their own throwaway server (tests/postgres), never the system's
    postgresql-15 postgresql-client-15
    # the tests start their own throwaway Dovecot (tests/imap), never the system's
    dovecot-imapd openssl
    # headless GUI runs, database inspection, packaging
    xvfb xauth sqlite3 dpkg-dev file
)

packages=("${run_packages[@]}")
case "${1:-}" in
--run-only) ;;
"") packages+=("${test_packages[@]}") ;;
*)
    echo "usage: install-deps.sh [--run-only]" >&2
    exit 2
    ;;
esac

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

# Debian's PostgreSQL package creates and starts a system cluster by default;
# ClaimDesk's tests run their own throwaway server, so none is created.
installing() { [[ " ${missing[*]} " == *" $1 "* ]]; }
if installing postgresql-15; then
    $SUDO mkdir -p /etc/postgresql-common/createcluster.d
    echo "create_main_cluster = false" \
        | $SUDO tee /etc/postgresql-common/createcluster.d/claimdesk-no-main-cluster.conf >/dev/null
fi
# Nor is a system Dovecot started: masked before its package arrives (where
# systemd runs; a container without it starts nothing anyway).
if installing dovecot-imapd && [ -d /run/systemd/system ]; then
    $SUDO systemctl mask dovecot.service dovecot.socket >/dev/null 2>&1 || true
fi
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages present"
else
    echo "install-deps: installing ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# Tesseract's "best" LSTM models (integer form) for English and Thai. Debian ships
# only the fast ones, which misread more dates and totals on receipts; the npm
# registry carries the best ones as data packages. Pinned by version and SHA-256;
# ClaimDesk finds them in $models_dir (TesseractEngine::dataPathFor) and falls back
# to Debian's models, with a notice, where they are absent. CLAIMDESK_SKIP_OCR_MODELS=1
# skips this step (an offline machine keeps Debian's models).
models_dir=/usr/local/share/claimdesk/tessdata
ocr_models=(
    # package version tarball-sha256
    "eng 1.0.0 c9bddf2e2f0a214ac7918f3f4a3caf45e09ce8674fe26662ae7787ac8927f7bb"
    "tha 1.0.0 11e7521f63d8d6513c5ecfed2eede393e90b800050a988b02d6e8a98026ec249"
)
install_ocr_model() {
    local lang=$1 version=$2 sha=$3
    local stamp="$models_dir/.$lang-$version-$sha"
    [ -e "$stamp" ] && return 0
    if ! command -v npm >/dev/null; then
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends npm
    fi
    local tmp
    tmp=$(mktemp -d)
    if ! (cd "$tmp" && npm pack --loglevel=error "@tesseract.js-data/$lang@$version" >/dev/null 2>"$tmp/npm.err"); then
        echo "install-deps: could not fetch @tesseract.js-data/$lang@$version from the npm registry:" >&2
        grep -m3 -E '^npm (ERR!|error)' "$tmp/npm.err" >&2 || true
        rm -rf "$tmp"
        return 1
    fi
    local tarball="$tmp/tesseract.js-data-$lang-$version.tgz"
    if ! echo "$sha  $tarball" | sha256sum --check --status; then
        echo "install-deps: @tesseract.js-data/$lang@$version does not match its pinned SHA-256; not installed" >&2
        rm -rf "$tmp"
        return 1
    fi
    tar -xzf "$tarball" -C "$tmp" "package/4.0.0_best_int/$lang.traineddata.gz"
    $SUDO mkdir -p "$models_dir"
    gunzip -c "$tmp/package/4.0.0_best_int/$lang.traineddata.gz" | $SUDO tee "$models_dir/$lang.traineddata.part" >/dev/null
    $SUDO mv "$models_dir/$lang.traineddata.part" "$models_dir/$lang.traineddata"
    $SUDO rm -f "$models_dir/.$lang-"*
    $SUDO touch "$stamp"
    rm -rf "$tmp"
    echo "install-deps: OCR model $lang (tessdata best_int, @tesseract.js-data/$lang@$version) in $models_dir"
}
if [ "${CLAIMDESK_SKIP_OCR_MODELS:-0}" != 1 ]; then
    for entry in "${ocr_models[@]}"; do
        # shellcheck disable=SC2086
        install_ocr_model $entry || echo "install-deps: keeping Debian's fast OCR models for this language" >&2
    done
fi
