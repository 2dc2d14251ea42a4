// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// "Mot de passe oublié ?": the city e-mails a reset link (FAQ 6), with the spam reminder.
ScrollPage {
    id: page
    objectName: "passwordResetPage"
    title: qsTr("Mot de passe oublié")
    readonly property string instructions: explanation.text

    Component.onCompleted: AccountController.clearMessages()

    Label {
        id: explanation
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        text: qsTr("Indiquez l'adresse e-mail de votre compte : la Ville vous envoie un lien pour choisir un nouveau mot de passe.")
    }
    LabeledTextField {
        id: email
        fieldName: "resetEmail"
        Layout.fillWidth: true
        label: qsTr("Adresse e-mail")
        text: LoginMemory.email
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        error: AccountController.fieldErrors.email || AccountController.errorMessage // qmllint disable type
        onAccepted: sendButton.clicked()
    }
    KioskButton {
        id: sendButton
        objectName: "sendResetButton"
        text: qsTr("Envoyer le lien")
        enabled: !AccountController.busy && email.text.trim() !== ""
        onClicked: AccountController.requestPasswordReset(email.text)
    }
    Label {
        objectName: "resetNotice"
        Layout.fillWidth: true
        visible: text !== ""
        text: AccountController.notice
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.success
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
