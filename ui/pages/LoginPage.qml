// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// Login with an e-mail address and a password (FAQ 2, 6). The password is never echoed,
// never in an accessible name and never kept; at home the e-mail address may be remembered.
ScrollPage {
    id: page
    objectName: "loginPage"
    title: qsTr("Se connecter avec un identifiant")
    readonly property string instructions: qsTr("Saisissez votre adresse e-mail et votre mot de passe.")

    Component.onCompleted: {
        AccountController.clearMessages()
        email.text = LoginMemory.email
    }
    Connections {
        target: AccountController
        function onLoginSucceeded() {
            LoginMemory.remember(email.text, rememberBox.checked)
            password.text = ""
            Navigator.openCitizenHome()
        }
    }

    LabeledTextField {
        id: email
        fieldName: "loginEmail"
        Layout.fillWidth: true
        label: qsTr("Adresse e-mail")
        inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        error: AccountController.fieldErrors.email || "" // qmllint disable type
        onAccepted: password.focusInput()
    }
    LabeledTextField {
        id: password
        fieldName: "loginPassword"
        Layout.fillWidth: true
        label: qsTr("Mot de passe")
        echoMode: TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
        error: AccountController.fieldErrors.password || "" // qmllint disable type
        onAccepted: loginButton.clicked()
    }
    LinkButton {
        objectName: "forgotPasswordLink"
        text: qsTr("Mot de passe oublié ?")
        onClicked: Navigator.openPage(Qt.resolvedUrl("PasswordResetPage.qml"))
    }
    CheckBox {
        id: rememberBox
        objectName: "rememberEmailBox"
        visible: LoginMemory.enabled
        checked: LoginMemory.email !== ""
        text: qsTr("Retenir mon adresse e-mail sur cet ordinateur")
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget
        Accessible.name: text
    }
    Label {
        id: loginError
        objectName: "loginError"
        Layout.fillWidth: true
        visible: text !== ""
        text: AccountController.retryAfterSeconds > 0
              ? qsTr("Trop d'essais : réessayez dans %n s.", "", AccountController.retryAfterSeconds)
              : AccountController.errorMessage
        color: Theme.error
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
        // Said once: the error, or the start of the wait (not every second of it).
        readonly property bool throttled: AccountController.retryAfterSeconds > 0
        onThrottledChanged: if (throttled) SpokenGuide.say(loginError.text)
        onTextChanged: if (loginError.text !== "" && !throttled) SpokenGuide.say(loginError.text)
    }
    KioskButton {
        id: loginButton
        objectName: "loginButton"
        text: AccountController.busy ? qsTr("Connexion…") : qsTr("Se connecter")
        enabled: !AccountController.busy && AccountController.retryAfterSeconds === 0
                 && email.text.trim() !== "" && password.text !== ""
        onClicked: AccountController.login(email.text, password.text)
    }
    LinkButton {
        objectName: "registerLink"
        text: qsTr("Pas encore de compte ? Inscrivez-vous")
        onClicked: Navigator.openPage(Qt.resolvedUrl("RegisterPage.qml"))
    }
}
