// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// The request has reached the city: its number, and where to follow it.
ScrollPage {
    id: page
    objectName: "confirmationPage"
    title: qsTr("Demande envoyée")
    showBack: false
    readonly property string instructions: numberText.text

    Component.onCompleted: DocumentActions.clearMessage()

    Label {
        Layout.fillWidth: true
        text: qsTr("Merci, votre demande a bien été reçue par la Ville.")
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        color: Theme.success
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        id: numberText
        objectName: "requestNumber"
        Layout.fillWidth: true
        text: RequestController.requestNumber !== ""
              ? qsTr("Numéro de votre demande : %1").arg(RequestController.requestNumber)
              : qsTr("Le numéro de votre demande apparaîtra dans « Mes demandes ».")
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    // A paying service: the request waits in the basket until it is paid (docs/payments.md).
    readonly property var paymentDue: {
        const number = RequestController.requestNumber
        const items = PaymentController.basketItems
        for (let i = 0; number !== "" && i < items.length; ++i)
            if (items[i].number === number)
                return items[i]
        return null
    }
    Connections {
        target: RequestController
        function onStateChanged() { if (RequestController.requestNumber !== "") PaymentController.loadBasket() }
    }
    Label {
        objectName: "paymentDueText"
        Layout.fillWidth: true
        visible: page.paymentDue !== null
        text: page.paymentDue ? qsTr("Ce service est payant : %1. La Ville traite votre demande dès réception du paiement.")
                                .arg(LanguageController.formatAmount(page.paymentDue.amount_cents)) : ""
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        Component.onCompleted: if (RequestController.requestNumber !== "") PaymentController.loadBasket()
    }
    KioskButton {
        objectName: "payNowButton"
        visible: page.paymentDue !== null
        text: PaymentController.basketTotalCents > (page.paymentDue ? page.paymentDue.amount_cents : 0) // qmllint disable type
              ? qsTr("Payer maintenant (%1 avec vos autres demandes)").arg(LanguageController.formatAmount(PaymentController.basketTotalCents))
              : qsTr("Payer maintenant")
        onClicked: Navigator.openPayment()
    }
    Label {
        Layout.fillWidth: true
        text: qsTr("Vous recevrez un e-mail à chaque étape. Vous pouvez suivre la demande et retrouver ses documents dans « Mes demandes ».")
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    // The receipt (city, service, number, date, what comes next): printed at the kiosk, a
    // PDF at home; built in C++ (app/documents/requestreceipt).
    Flow {
        Layout.fillWidth: true
        visible: RequestController.requestNumber !== ""
        spacing: Theme.spacing
        KioskButton {
            objectName: "printReceiptButton"
            visible: DocumentActions.canPrint
            enabled: !DocumentActions.printing // "printed" comes once CUPS completed the job
            secondary: true
            text: qsTr("Imprimer le reçu")
            onClicked: DocumentActions.printReceipt()
        }
        KioskButton {
            objectName: "saveReceiptButton"
            visible: DocumentActions.canSave
            secondary: true
            text: qsTr("Enregistrer le reçu (PDF)")
            onClicked: DocumentActions.saveReceipt()
        }
    }
    Label {
        objectName: "receiptMessage"
        Layout.fillWidth: true
        visible: text !== ""
        text: DocumentActions.message
        font.pixelSize: Theme.fontBody
        color: DocumentActions.failed ? Theme.error : Theme.text
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    KioskButton {
        objectName: "openMyRequestsButton"
        text: qsTr("Mes demandes")
        onClicked: Navigator.openFromHome(Qt.resolvedUrl("MyRequestsPage.qml"))
    }
    KioskButton {
        objectName: "backToHomeButton"
        secondary: true
        text: qsTr("Retour à l'accueil")
        onClicked: Navigator.openFromHome("")
    }
}
