// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Eguichet

// The on-screen keyboard of the kiosk, inside our window (no separate keyboard window under a
// kiosk compositor). It follows the interface language; Debian's Qt has no Belgian layout, so
// French uses the French AZERTY one. Shown only while a text field has the focus, never more
// than 40 % of the window high (its "hide" button included), centred at the bottom.
Item {
    id: root

    readonly property var layoutFor: ({ "fr": "fr_FR", "nl": "nl_NL", "de": "de_DE", "en": "en_GB" })
    // The default style draws its keys 2560 × 800: height = width / 3.2.
    readonly property real aspect: 2560 / 800
    readonly property real maxShare: 0.4

    InputPanel {
        id: panel
        objectName: "kioskKeyboard"
        visible: active
        width: Math.min(root.width,
                        Math.floor((root.maxShare * root.height - hideButton.height) * root.aspect))
        x: Math.round((root.width - width) / 2)
        y: root.height - height
    }

    // Qt 6.4's letter layouts keep their "hide" key in a long-press menu nobody finds: a
    // visible button, right above the keys. The field keeps its focus: a touch shows the keys again.
    KioskButton {
        id: hideButton
        objectName: "hideKeyboardButton"
        visible: panel.visible
        secondary: true
        focusPolicy: Qt.NoFocus
        anchors.right: panel.right
        anchors.bottom: panel.top
        text: qsTr("Masquer le clavier")
        Accessible.name: text
        onClicked: Qt.inputMethod.hide() // qmllint disable type
    }

    Binding {
        target: KeyboardArea
        property: "overlap"
        value: panel.visible ? panel.height + hideButton.height : 0
    }

    Component.onCompleted: {
        VirtualKeyboardSettings.activeLocales = ["fr_FR", "nl_NL", "de_DE", "en_GB"]
        VirtualKeyboardSettings.locale = layoutFor[LanguageController.language]
        // The kiosk must not learn what citizens type: no word prediction, so no word is ever
        // added to the keyboard's user dictionary (Hunspell's, kept in ~/.config); a sensitive
        // field never is either.
        VirtualKeyboardSettings.inputMethodHints = Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
    }
    Connections {
        target: LanguageController
        function onLanguageChanged() {
            VirtualKeyboardSettings.locale = root.layoutFor[LanguageController.language]
        }
    }
    // A session's end: the keys go away and the keyboard forgets its state (shift, symbols, a
    // word being typed); the input methods are told to let go of their user data.
    Connections {
        target: SessionController
        function onEnded() {
            Qt.inputMethod.hide() // qmllint disable type
            Qt.inputMethod.reset() // qmllint disable type
            VirtualKeyboardSettings.userDataReset()
        }
    }
}
