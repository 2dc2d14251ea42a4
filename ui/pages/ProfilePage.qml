// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// "Mon profil" (FAQ 5, 7, 8, 9): the values that pre-fill the forms. Those read from the
// identity card are locked and say why; the others change through "Modifier mes données";
// the login address through "Modifier l'adresse e-mail", confirmed by e-mail.
ScrollPage {
    id: page
    objectName: "profilePage"
    title: qsTr("Mon profil")
    readonly property string instructions: qsTr("Vos coordonnées pré-remplissent les formulaires.")
    property bool editing: false
    property bool changingEmail: false

    Component.onCompleted: {
        AccountController.clearMessages()
        if (AccountController.loggedIn) ProfileController.load()
    }
    Connections {
        target: ProfileController
        function onSaved() { page.editing = false }
    }

    Label {
        objectName: "profileState"
        Layout.fillWidth: true
        visible: text !== ""
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: ProfileController.errorMessage !== "" ? Theme.error : Theme.mutedText
        text: ProfileController.errorMessage !== "" ? ProfileController.errorMessage
            : ProfileController.busy ? qsTr("Chargement…")
            : !ProfileController.loaded ? qsTr("Connectez-vous pour voir votre profil.") : ""
    }

    // One delegate per field, kept while typing: an edit changes its own row of the model
    // only (rebuilding the rows would lose the focus, and the edit, at each key press).
    Repeater {
        model: ProfileController.fieldModel // qmllint disable type
        ColumnLayout {
            id: row
            required property string name
            required property string label
            required property string value
            required property string sourceLabel
            required property bool editable
            required property bool locked
            required property string error
            Layout.fillWidth: true
            spacing: 2
            LabeledTextField {
                Layout.fillWidth: true
                fieldName: "profile_" + row.name
                label: row.label
                // Dates read from the card shown the Belgian way (they are not edited here).
                text: row.locked ? FormInput.dateForInput(row.value) : row.value
                readOnly: !page.editing || !row.editable || row.locked
                error: row.error
                onEdited: ProfileController.setField(row.name, text)
            }
            SourceMark {
                objectName: "profileSource_" + row.name
                visible: row.locked
                text: row.sourceLabel
                locked: true
                color: Theme.primary
            }
        }
    }
    Label {
        objectName: "lockedExplanation"
        Layout.fillWidth: true
        // A password account's data did not come from a card: no word about the card then.
        visible: ProfileController.loaded && ProfileController.hasCardData
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        text: ProfileController.lockedExplanation
    }
    RowLayout {
        spacing: Theme.spacing
        visible: ProfileController.loaded
        KioskButton {
            objectName: "editProfileButton"
            visible: !page.editing
            text: qsTr("Modifier mes données")
            onClicked: page.editing = true
        }
        KioskButton {
            objectName: "saveProfileButton"
            visible: page.editing
            text: qsTr("Enregistrer")
            enabled: ProfileController.modified && !ProfileController.busy
            onClicked: ProfileController.save()
        }
        KioskButton {
            objectName: "cancelProfileButton"
            visible: page.editing
            secondary: true
            text: qsTr("Annuler")
            onClicked: { ProfileController.discardChanges(); page.editing = false }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: page.editing
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        text: qsTr("Modifier votre adresse ici ne remplace pas la déclaration de changement d'adresse à la commune.")
    }

    // The login address (FAQ 7).
    Label {
        Layout.fillWidth: true
        visible: ProfileController.loaded
        text: qsTr("Adresse e-mail de connexion : %1").arg(ProfileController.email)
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    KioskButton {
        objectName: "changeEmailButton"
        visible: ProfileController.loaded && !page.changingEmail
        secondary: true
        text: qsTr("Modifier l'adresse e-mail")
        onClicked: { page.changingEmail = true; newEmail.focusInput() }
    }
    ColumnLayout {
        Layout.fillWidth: true
        visible: page.changingEmail
        spacing: Theme.spacing
        LabeledTextField {
            id: newEmail
            fieldName: "newEmailField"
            Layout.fillWidth: true
            label: qsTr("Nouvelle adresse e-mail")
            inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
            error: AccountController.fieldErrors.email || AccountController.errorMessage // qmllint disable type
        }
        // The city asks for the password again before the login address changes.
        LabeledTextField {
            id: emailPassword
            fieldName: "emailChangePasswordField"
            Layout.fillWidth: true
            label: qsTr("Votre mot de passe actuel")
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
            error: AccountController.fieldErrors.password || "" // qmllint disable type
        }
        KioskButton {
            objectName: "sendEmailChangeButton"
            text: qsTr("Envoyer le lien de confirmation")
            enabled: newEmail.text.trim() !== "" && !AccountController.busy
            onClicked: {
                AccountController.changeEmail(newEmail.text, emailPassword.text)
                emailPassword.text = ""
            }
        }
        Label {
            objectName: "emailChangeNotice"
            Layout.fillWidth: true
            visible: text !== ""
            text: AccountController.notice
            color: Theme.success
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
