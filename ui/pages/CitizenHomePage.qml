// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// After a login or a verified card: the four ways on (FAQ 1, 3, 5).
ScrollPage {
    id: page
    objectName: "citizenHomePage"
    title: qsTr("Votre e-Guichet")
    showBack: false
    readonly property string instructions: qsTr("Choisissez : Démarches, Mes demandes, Mon profil ou Aide.")
    readonly property string name: AccountController.displayName !== "" ? AccountController.displayName
                                                                        : CardService.displayName

    Label {
        objectName: "homeGreeting"
        Layout.fillWidth: true
        text: page.name !== "" ? qsTr("Bonjour %1").arg(page.name) : qsTr("Bonjour")
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    // "À payer" (FAQ 10): a payment under way with its real status (after a login too), or
    // what waits for payment.
    readonly property string payScreen: PaymentController.screen
    readonly property bool paymentUnderWay: payScreen === "waiting" || payScreen === "transfer"
    StackView.onActivated: if (AccountController.loggedIn) PaymentController.loadBasket()
    KioskButton {
        objectName: "paymentTile"
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.touchTarget * 2
        visible: page.paymentUnderWay || PaymentController.basketTotalCents > 0 || page.payScreen === "result" // qmllint disable type
        text: page.paymentUnderWay ? qsTr("Paiement en cours")
            : PaymentController.basketTotalCents > 0 // qmllint disable type
              ? qsTr("À payer : %1").arg(LanguageController.formatAmount(PaymentController.basketTotalCents))
            : qsTr("Votre paiement")
        Accessible.description: homePaymentStatus.visible ? homePaymentStatus.text : qsTr("Payer vos demandes")
        onClicked: Navigator.openPayment()
    }
    Label {
        id: homePaymentStatus
        objectName: "homePaymentStatus"
        Layout.fillWidth: true
        visible: text !== "" && (page.paymentUnderWay || page.payScreen === "result")
        text: PaymentController.message
        font.pixelSize: Theme.fontBody
        color: PaymentController.state === PaymentFlow.Unconfirmed ? Theme.error : Theme.text
        wrapMode: Text.WordWrap
    }
    GridLayout {
        Layout.fillWidth: true
        columns: width > 600 ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        Repeater {
            model: [
                { id: "servicesTile", text: qsTr("Démarches"), hint: qsTr("Demander un certificat, un acte, un document"), page: "CataloguePage.qml" },
                { id: "myRequestsTile", text: qsTr("Mes demandes"), hint: qsTr("Suivre vos demandes et leurs documents"), page: "MyRequestsPage.qml" },
                { id: "profileTile", text: qsTr("Mon profil"), hint: qsTr("Vos coordonnées, qui pré-remplissent les formulaires"), page: "ProfilePage.qml" },
                { id: "helpTile", text: qsTr("Aide"), hint: qsTr("Les réponses aux questions fréquentes"), page: "" }
            ]
            KioskButton {
                objectName: modelData.id
                Layout.fillWidth: true
                Layout.preferredHeight: Theme.touchTarget * 2
                text: modelData.text
                Accessible.description: modelData.hint
                onClicked: modelData.page === "" ? Navigator.openHelp()
                                                 : Navigator.openPage(Qt.resolvedUrl(modelData.page))
            }
        }
    }
    KioskButton {
        objectName: "logoutButton"
        secondary: true
        text: AppInfo.mode === "home" ? qsTr("Se déconnecter") : qsTr("Terminer")
        Accessible.description: qsTr("Termine la session et efface les données de cet appareil")
        onClicked: Navigator.endCitizenSession()
    }
}
