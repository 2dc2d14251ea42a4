// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// eID login (FAQ 4): the PIN on an on-screen pad, or on the reader's own keys when it has a
// PIN pad. Each digit goes to C++ at once (CardLoginSigner.typeDigit): the PIN never exists
// as a JavaScript string; this page shows only how many digits were typed. Never in an
// accessible name, never spoken, never kept.
Page {
    id: page
    objectName: "pinEntryPage"
    title: qsTr("Code PIN de votre carte")
    readonly property string instructions: statusText.text

    readonly property bool asking: CardLoginSigner.pinRequested
    readonly property bool onReader: CardLoginSigner.typeOnReader
    readonly property string error: AccountController.busy ? "" : AccountController.errorMessage

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: page.title; showBack: !CardLoginSigner.busy }

    readonly property bool blocked: CardLoginSigner.pinBlocked
    readonly property bool failed: !CardLoginSigner.busy && !AccountController.busy
                                   && !AccountController.consentNeeded && error.length > 0

    Connections {
        target: AccountController
        function onLoginSucceeded() { Navigator.openCitizenHome() }
        // The city (or, at home, this computer) needs the citizen's yes first.
        function onConsentChanged() {
            if (AccountController.consentNeeded && page.StackView.status === StackView.Active)
                Navigator.openEidConsent()
        }
    }
    onErrorChanged: if (error.length > 0) SpokenGuide.say(error)
    Component.onDestruction: CardLoginSigner.clearPin()

    function press(digit) { CardLoginSigner.typeDigit(digit) }
    function confirm() { CardLoginSigner.confirmPin() }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 560)
        spacing: Theme.spacing

        Label {
            id: statusText
            objectName: "pinStatusText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            text: page.onReader ? qsTr("Tapez votre code PIN sur le clavier du lecteur de carte.")
                : page.asking ? qsTr("Tapez votre code PIN (4 à 12 chiffres), puis « Valider ».")
                : CardLoginSigner.busy || AccountController.busy ? qsTr("Connexion en cours. Laissez la carte dans le lecteur.")
                : qsTr("La connexion avec votre carte n'a pas abouti.")
        }
        Label {
            objectName: "pinTriesLeft"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            visible: (page.asking || page.onReader) && CardLoginSigner.triesLeft >= 0
            text: qsTr("Essais restants : %1").arg(CardLoginSigner.triesLeft)
            font.pixelSize: Theme.fontBody
            color: CardLoginSigner.triesLeft === 1 ? Theme.error : Theme.mutedText
        }
        Label {
            objectName: "pinError"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            visible: page.error.length > 0
            text: page.error
            font.pixelSize: Theme.fontBody
            color: Theme.error
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        // A blocked PIN (FAQ 6): the way forward, since nothing here can unblock it.
        Label {
            objectName: "pinBlockedHelp"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            visible: page.blocked && !CardLoginSigner.busy
            text: qsTr("Présentez-vous à l'administration communale avec votre carte d'identité : elle vous remettra un nouveau code PIN. Gardez la lettre avec vos codes PIN et PUK si vous l'avez encore.")
                  + " " + (AppInfo.kiosk || AppInfo.counter
                           ? qsTr("En attendant, le personnel du guichet peut vous aider.")
                           : qsTr("En attendant, vous pouvez vous connecter avec une adresse e-mail."))
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        // One dot per digit typed: the count, never the digits.
        Label {
            objectName: "pinField"
            Layout.fillWidth: true
            visible: page.asking
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            font.pixelSize: Theme.fontHeadline
            color: Theme.text
            Layout.minimumHeight: Theme.touchTarget
            text: "●".repeat(CardLoginSigner.pinLength)
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.border
            }
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Code PIN")
            Accessible.description: qsTr("%n chiffre(s) tapé(s)", "", CardLoginSigner.pinLength)
        }
        GridLayout {
            objectName: "pinPad"
            Layout.alignment: Qt.AlignHCenter
            visible: page.asking
            columns: 3
            rowSpacing: Theme.spacing / 2
            columnSpacing: Theme.spacing / 2
            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                delegate: KioskButton {
                    required property string modelData
                    objectName: "pinKey" + modelData
                    text: modelData
                    implicitWidth: Theme.touchTarget * 1.6
                    onClicked: page.press(Number(modelData))
                }
            }
            KioskButton {
                objectName: "pinKeyErase"
                secondary: true
                text: "⌫"
                implicitWidth: Theme.touchTarget * 1.6
                Accessible.name: qsTr("Effacer un chiffre")
                onClicked: CardLoginSigner.eraseDigit()
            }
            KioskButton {
                objectName: "pinKey0"
                text: "0"
                implicitWidth: Theme.touchTarget * 1.6
                onClicked: page.press(0)
            }
            KioskButton {
                objectName: "pinKeyOk"
                text: qsTr("Valider")
                enabled: CardLoginSigner.pinLength >= 4
                implicitWidth: Theme.touchTarget * 1.6
                onClicked: page.confirm()
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing
            KioskButton {
                objectName: "pinRetryButton"
                visible: page.failed && !page.blocked
                text: qsTr("Réessayer")
                Accessible.description: qsTr("Demande à nouveau le code PIN")
                onClicked: AccountController.loginWithEid()
            }
            KioskButton {
                objectName: "pinBlockedHelpButton"
                visible: page.blocked && !CardLoginSigner.busy
                secondary: true
                text: qsTr("Aide")
                onClicked: Navigator.openHelp()
            }
            KioskButton {
                objectName: "pinEmailLoginButton"
                visible: page.blocked && !CardLoginSigner.busy && !AppInfo.kiosk && !AppInfo.counter
                secondary: true
                text: qsTr("Se connecter avec une adresse e-mail")
                onClicked: Navigator.openPage(Qt.resolvedUrl("LoginPage.qml"))
            }
        }
        KioskButton {
            objectName: "pinCancelButton"
            Layout.alignment: Qt.AlignHCenter
            secondary: true
            text: qsTr("Annuler")
            onClicked: {
                CardLoginSigner.cancel()
                Navigator.goBack()
            }
        }
    }
}
