// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// Staff only: the administrator PIN closes the kiosk. Reached by holding the top-left corner.
Popup {
    id: dialog
    objectName: "adminExitDialog"
    modal: true
    focus: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent.width - 2 * Theme.spacing, 520)
    padding: Theme.spacing * 2
    closePolicy: Popup.CloseOnEscape

    signal exitConfirmed()

    onOpened: { pinField.text = ""; message.text = ""; pinField.forceActiveFocus() }
    onClosed: pinField.text = ""

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
        border.width: 2
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            text: qsTr("Fermer la borne")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        TextField {
            id: pinField
            objectName: "adminPinField"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            placeholderText: qsTr("Code administrateur")
            font.pixelSize: Theme.fontBody
            // Never the typed value: a screen reader would read the PIN out.
            Accessible.name: qsTr("Code administrateur")
            onAccepted: quitButton.clicked()
        }
        Label {
            id: message
            objectName: "adminMessage"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.error
            font.pixelSize: Theme.fontBody
            visible: text.length > 0
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spacing
            KioskButton {
                objectName: "adminCancelButton"
                secondary: true
                text: qsTr("Annuler")
                onClicked: dialog.close()
            }
            KioskButton {
                id: quitButton
                objectName: "adminQuitButton"
                text: qsTr("Fermer")
                onClicked: {
                    const ok = AdminGate.unlock(pinField.text)
                    pinField.text = ""
                    if (ok) {
                        dialog.close()
                        dialog.exitConfirmed()
                    } else if (AdminGate.lockedSeconds > 0) {
                        message.text = qsTr("Trop d'essais. Réessayez dans %n seconde(s).", "", AdminGate.lockedSeconds)
                    } else {
                        message.text = qsTr("Code incorrect.")
                    }
                }
            }
        }
    }
}
