// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// "Pas encore de compte ? Inscrivez-vous" (FAQ 2): e-mail, name, password with the city's
// rules ticked off as they are met (FAQ 6), then the activation e-mail, which may be resent.
ScrollPage {
    id: page
    objectName: "registerPage"
    title: qsTr("Créer un compte")
    readonly property string instructions: qsTr("Choisissez votre adresse e-mail et un mot de passe. La Ville vous envoie ensuite un e-mail d'activation.")
    property string registeredEmail: ""

    Component.onCompleted: {
        AccountController.clearMessages()
        AccountController.loadPasswordPolicy()
        AccountController.checkPassword("")
    }
    Connections {
        target: AccountController
        function onRegistered(address) {
            page.registeredEmail = address
            password.text = ""
            confirm.text = ""
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: page.registeredEmail === ""
        spacing: Theme.spacing
        LabeledTextField {
            id: email
            fieldName: "registerEmail"
            Layout.fillWidth: true
            label: qsTr("Adresse e-mail")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            error: AccountController.fieldErrors.email || "" // qmllint disable type
        }
        LabeledTextField {
            id: firstNames
            fieldName: "registerFirstNames"
            Layout.fillWidth: true
            label: qsTr("Prénoms")
        }
        LabeledTextField {
            id: surname
            fieldName: "registerSurname"
            Layout.fillWidth: true
            label: qsTr("Nom")
        }
        LabeledTextField {
            id: password
            fieldName: "registerPassword"
            Layout.fillWidth: true
            label: qsTr("Mot de passe")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
            error: AccountController.fieldErrors.password || "" // qmllint disable type
            onEdited: AccountController.checkPassword(text)
        }
        // The city's rules, each ticked as soon as it is met.
        Column {
            objectName: "passwordChecklist"
            Layout.fillWidth: true
            spacing: 2
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Règles du mot de passe")
            Repeater {
                model: AccountController.passwordChecks
                Label {
                    width: parent.width
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    color: modelData.ok ? Theme.success : Theme.mutedText
                    text: (modelData.ok ? "✓ " : "○ ") + modelData.label
                    Accessible.name: (modelData.ok ? qsTr("Respectée : ") : qsTr("Pas encore respectée : ")) + modelData.label
                }
            }
        }
        LabeledTextField {
            id: confirm
            fieldName: "registerPasswordConfirm"
            Layout.fillWidth: true
            label: qsTr("Confirmez le mot de passe")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
            error: confirm.text !== "" && confirm.text !== password.text
                   ? qsTr("Les deux mots de passe sont différents.") : ""
        }
        Label {
            objectName: "registerError"
            Layout.fillWidth: true
            visible: text !== ""
            text: AccountController.errorMessage
            color: Theme.error
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        KioskButton {
            objectName: "createAccountButton"
            text: qsTr("Créer mon compte")
            enabled: !AccountController.busy && AccountController.passwordAcceptable
                     && email.text.trim() !== "" && password.text === confirm.text
            onClicked: AccountController.registerAccount(email.text, password.text,
                           { "first_names": firstNames.text, "surname": surname.text })
        }
    }

    // After registering: where the e-mail went, the spam folder, and resending it.
    ColumnLayout {
        Layout.fillWidth: true
        visible: page.registeredEmail !== ""
        spacing: Theme.spacing
        Label {
            objectName: "activationNotice"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
            text: AccountController.notice !== "" ? AccountController.notice
                  : AppInfo.mailSender !== ""
                    ? qsTr("Un e-mail d'activation a été envoyé à %1 par %2. Ouvrez le lien qu'il contient, puis connectez-vous. Ne le trouvez-vous pas ? Regardez dans le dossier des courriers indésirables (spam).").arg(page.registeredEmail).arg(AppInfo.mailSender)
                    : qsTr("Un e-mail d'activation a été envoyé à %1. Ouvrez le lien qu'il contient, puis connectez-vous. Ne le trouvez-vous pas ? Regardez dans le dossier des courriers indésirables (spam).").arg(page.registeredEmail)
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            objectName: "activationError"
            Layout.fillWidth: true
            visible: text !== ""
            text: AccountController.errorMessage
            color: Theme.error
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        KioskButton {
            objectName: "resendActivationButton"
            secondary: true
            text: qsTr("Renvoyer l'e-mail d'activation")
            enabled: !AccountController.busy && AccountController.retryAfterSeconds === 0
            onClicked: AccountController.resendActivation(page.registeredEmail)
        }
        KioskButton {
            objectName: "goToLoginButton"
            text: qsTr("Se connecter")
            onClicked: Navigator.goBack()
        }
    }
}
