// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Eguichet

// The on-screen keyboard of the kiosk, inside our window (no separate keyboard window under a
// kiosk compositor). It follows the interface language; Debian's Qt has no Belgian layout, so
// French uses the French AZERTY one.
InputPanel {
    id: panel
    objectName: "kioskKeyboard"

    readonly property var layoutFor: ({ "fr": "fr_FR", "nl": "nl_NL", "de": "de_DE", "en": "en_GB" })

    y: active ? parent.height - height : parent.height
    Behavior on y { NumberAnimation { duration: 150 } }

    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["fr_FR", "nl_NL", "de_DE", "en_GB"]
        VirtualKeyboardSettings.locale = layoutFor[LanguageController.language]
    }
    Connections {
        target: LanguageController
        function onLanguageChanged() {
            VirtualKeyboardSettings.locale = panel.layoutFor[LanguageController.language]
        }
    }
}
