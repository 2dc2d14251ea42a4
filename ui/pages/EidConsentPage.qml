// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// Before the first eID login creates or links an account (and at home before the first one on
// this computer): which card data is read, why, and what is not. Nothing has been sent or
// created yet; "Je refuse" leaves nothing behind.
ScrollPage {
    id: page
    objectName: "eidConsentPage"
    title: qsTr("Votre carte et votre compte")
    showBack: false
    readonly property string instructions: intro.text
    readonly property string action: AccountController.consentAccountAction
    readonly property string error: AccountController.busy || AccountController.consentNeeded
                                    ? "" : AccountController.errorMessage

    onErrorChanged: if (error.length > 0) SpokenGuide.say(error)

    Label {
        id: intro
        objectName: "consentIntro"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        text: page.action === "create"
              ? qsTr("Vous vous connectez pour la première fois avec votre carte : un compte e-Guichet va être créé à votre nom.")
              : page.action === "link"
                ? qsTr("Vous vous connectez pour la première fois avec votre carte : elle va être reliée à votre compte e-Guichet existant.")
                : qsTr("Pour vous connecter avec votre carte, l'e-Guichet envoie à la Ville de %1 des données de votre carte.").arg(AppInfo.cityName)
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        text: qsTr("Données lues sur votre carte et envoyées à la Ville :")
    }
    Repeater {
        model: [
            qsTr("Identité : nom, prénoms, numéro de registre national, date et lieu de naissance, nationalité, sexe."),
            qsTr("Adresse : rue et numéro, code postal, commune."),
            qsTr("Le certificat de votre carte qui prouve que c'est bien vous, et la signature du Registre national sur ces données.")
        ]
        delegate: Label {
            required property string modelData
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
            text: "• " + modelData
        }
    }
    Label {
        objectName: "consentNoPhoto"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        text: qsTr("Votre photo n'est ni envoyée ni conservée.")
    }
    Label {
        objectName: "consentWhy"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        text: qsTr("Pourquoi : pour vous identifier de façon sûre, relier vos demandes à votre compte et pré-remplir vos formulaires. Ces données viennent du Registre national : elles ne peuvent pas être modifiées dans l'e-Guichet.")
    }
    Label {
        objectName: "consentRefusal"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.mutedText
        text: AppInfo.kiosk || AppInfo.counter
              ? qsTr("Si vous refusez, aucun compte n'est créé et rien n'est conservé. À la fin de votre session, rien de personnel ne reste sur cet appareil.")
              : qsTr("Si vous refusez, aucun compte n'est créé et rien n'est conservé. Vous pouvez aussi vous connecter avec une adresse e-mail.")
    }

    Label {
        objectName: "consentError"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        visible: page.error.length > 0
        text: page.error
        font.pixelSize: Theme.fontBody
        color: Theme.error
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        running: AccountController.busy
        visible: running
        Accessible.name: qsTr("Connexion en cours")
    }

    RowLayout {
        spacing: Theme.spacing * 2
        KioskButton {
            objectName: "consentAcceptButton"
            visible: AccountController.consentNeeded
            text: qsTr("J'accepte")
            Accessible.description: qsTr("Envoie ces données à la Ville et ouvre votre compte")
            onClicked: AccountController.acceptConsent()
        }
        KioskButton {
            objectName: "consentRefuseButton"
            visible: AccountController.consentNeeded
            secondary: true
            text: qsTr("Je refuse")
            Accessible.description: qsTr("Aucun compte n'est créé, rien n'est conservé")
            onClicked: {
                AccountController.refuseConsent()
                Navigator.leaveEidLogin()
            }
        }
        // The consent took longer than the city's challenge lives: sign again (PIN).
        KioskButton {
            objectName: "consentRestartButton"
            visible: page.error.length > 0
            text: qsTr("Recommencer")
            onClicked: {
                page.StackView.view.pop()
                AccountController.loginWithEid()
            }
        }
    }
}
