#!/bin/sh
# Scellé: the macOS disk image, from the .app that PyInstaller builds.
#
#   pyinstaller --noconfirm --clean packaging/scelle.spec    # -> dist/Scelle.app
#   sh packaging/macos/build_dmg.sh                          # -> dist/Scelle-<version>.dmg
#
# The image holds Scelle.app and a link to /Applications, to drag it onto. The version is
# scelle.__version__. Signing and notarisation (ready, off by default):
#   SCELLE_CODESIGN_IDENTITY="Developer ID Application: … (TEAMID)" makes PyInstaller
#     sign every binary and the .app with the hardened runtime, using
#     SCELLE_ENTITLEMENTS=packaging/macos/entitlements.plist; this script then signs
#     the .dmg with the same identity;
#   SCELLE_NOTARY_PROFILE=<name> (a profile stored beforehand with
#     `xcrun notarytool store-credentials <name> …`) then notarises the .dmg and
#     staples the ticket to it.
set -eu
cd "$(dirname "$0")/../.."

VERSION=$(python3 -c 'import sys; sys.path.insert(0, "desktop"); import scelle; print(scelle.__version__)')
APP=dist/Scelle.app
DMG="dist/Scelle-$VERSION.dmg"
STAGE=build/dmg

test -d "$APP" || { echo "build_dmg: $APP is missing: run PyInstaller first" >&2; exit 1; }
codesign --verify --deep --strict "$APP"

rm -rf "$STAGE" "$DMG"
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/Scelle.app"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Scellé $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${SCELLE_CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$SCELLE_CODESIGN_IDENTITY" --timestamp "$DMG"
    if [ -n "${SCELLE_NOTARY_PROFILE:-}" ]; then
        xcrun notarytool submit "$DMG" --keychain-profile "$SCELLE_NOTARY_PROFILE" --wait
        xcrun stapler staple "$DMG"
    fi
fi
hdiutil verify "$DMG"
echo "build_dmg: $DMG ($(du -h "$DMG" | cut -f1))"
