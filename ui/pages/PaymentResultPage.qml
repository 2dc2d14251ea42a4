// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Eguichet

// The city's last word on the payment (paid, denied, cancelled, expired) or its refusal to
// create one, with the way forward; the receipt of a paid one: printed at the kiosk and the
// counter, a PDF at home.
ScrollPage {
    id: page
    objectName: "paymentResultPage"
    title: qsTr("Paiement")
    showBack: false
    readonly property string paymentScreen: "result"
    readonly property int flowState: PaymentController.state
    readonly property bool paid: flowState === PaymentFlow.Paid
    readonly property string instructions: headline.text + ". " + PaymentController.message

    Label {
        id: headline
        objectName: "paymentResultTitle"
        Layout.fillWidth: true
        text: {
            switch (page.flowState) {
            case PaymentFlow.Paid: return qsTr("Paiement reçu")
            case PaymentFlow.Denied: return qsTr("Paiement refusé")
            case PaymentFlow.Cancelled: return qsTr("Paiement annulé")
            case PaymentFlow.Expired: return qsTr("Délai de paiement dépassé")
            case PaymentFlow.Refused: return qsTr("Paiement non créé")
            }
            return qsTr("Paiement")
        }
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        color: page.paid ? Theme.success : Theme.error
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Label {
        objectName: "paymentResultMessage"
        Layout.fillWidth: true
        text: PaymentController.message
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Label {
        objectName: "paymentNextStep"
        Layout.fillWidth: true
        text: {
            switch (page.flowState) {
            case PaymentFlow.Paid:
                return qsTr("La Ville traite maintenant votre demande. Vous recevrez un e-mail à chaque étape ; suivez-la dans « Mes demandes ».")
            case PaymentFlow.Denied:
                return qsTr("Vous pouvez réessayer avec une autre carte ou payer par virement. Votre demande vous attend dans « À payer ».")
            case PaymentFlow.Cancelled:
            case PaymentFlow.Expired:
                return qsTr("Vous pouvez payer maintenant ou plus tard : votre demande vous attend dans « À payer ».")
            case PaymentFlow.Refused:
                return qsTr("Il n'y a peut-être plus rien à payer. Consultez « À payer » ou réessayez plus tard.")
            }
            return ""
        }
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Flow {
        Layout.fillWidth: true
        visible: page.paid
        spacing: Theme.spacing
        KioskButton {
            objectName: "printPaymentReceiptButton"
            visible: AppInfo.mode !== "home"
            enabled: !PaymentController.receiptPrinting
            text: qsTr("Imprimer le reçu")
            onClicked: PaymentController.printReceipt()
        }
        KioskButton {
            objectName: "savePaymentReceiptButton"
            visible: AppInfo.mode === "home"
            text: qsTr("Enregistrer le reçu (PDF)")
            Accessible.description: qsTr("Dans votre dossier Documents")
            onClicked: PaymentController.saveReceiptInDocuments()
        }
        LinkButton {
            objectName: "savePaymentReceiptAsButton"
            visible: AppInfo.mode === "home"
            text: qsTr("Choisir où enregistrer le reçu…")
            onClicked: saveDialog.open()
        }
    }
    Label {
        objectName: "paymentReceiptMessage"
        Layout.fillWidth: true
        visible: text !== ""
        text: PaymentController.receiptMessage
        font.pixelSize: Theme.fontBody
        color: PaymentController.receiptFailed ? Theme.error : Theme.success
        wrapMode: Text.WrapAnywhere
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    KioskButton {
        objectName: "retryPaymentButton"
        visible: page.flowState === PaymentFlow.Denied || page.flowState === PaymentFlow.Cancelled
                 || page.flowState === PaymentFlow.Expired
        text: qsTr("Payer maintenant")
        onClicked: Navigator.choosePaymentMethod()
    }
    KioskButton {
        objectName: "resultMyRequestsButton"
        visible: page.paid
        secondary: true
        text: qsTr("Mes demandes")
        onClicked: Navigator.openFromHome(Qt.resolvedUrl("MyRequestsPage.qml"))
    }
    KioskButton {
        objectName: "paymentResultHomeButton"
        secondary: true
        text: qsTr("Retour à l'accueil")
        onClicked: Navigator.openFromHome("")
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Enregistrer le reçu")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("Documents PDF (*.pdf)")]
        defaultSuffix: "pdf"
        onAccepted: PaymentController.saveReceiptTo(selectedFile)
    }
}
