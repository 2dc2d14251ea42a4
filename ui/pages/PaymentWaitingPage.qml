// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// While the city has not said its last word: preparing, the checkout open in the browser,
// the QR code to scan, "we are checking", or "not confirmed yet" (never "failed": only the
// city's answer decides, docs/payments.md).
ScrollPage {
    id: page
    objectName: "paymentWaitingPage"
    title: qsTr("Paiement en cours")
    readonly property string paymentScreen: "waiting"
    readonly property string instructions: PaymentController.message
    readonly property int flowState: PaymentController.state
    readonly property string method: PaymentController.method
    readonly property bool showQr: method === "qr" && flowState === PaymentFlow.AwaitingCitizen
                                   && PaymentController.qrImageId !== ""

    Label {
        objectName: "paymentWaitingAmount"
        Layout.fillWidth: true
        visible: PaymentController.amountCents > 0 // qmllint disable type
        text: qsTr("Montant : %1").arg(LanguageController.formatAmount(PaymentController.amountCents)) // qmllint disable type
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        BusyIndicator {
            objectName: "paymentBusy"
            running: PaymentController.busy || page.flowState === PaymentFlow.AwaitingCitizen
            visible: running
            Layout.preferredWidth: Theme.touchTarget
            Layout.preferredHeight: Theme.touchTarget
            Accessible.ignored: true
        }
        Label {
            objectName: "paymentMessage"
            Layout.fillWidth: true
            text: PaymentController.message
            font.pixelSize: Theme.fontTitle
            color: page.flowState === PaymentFlow.Unconfirmed ? Theme.error : Theme.text
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
    Image {
        objectName: "paymentQrImage"
        Layout.alignment: Qt.AlignHCenter
        visible: page.showQr
        // Whole pixels per module, no smoothing: every module sharp for the phone's camera.
        readonly property int side: Math.min(440, page.width - 4 * Theme.spacing)
        source: page.showQr ? "image://payment-qr/" + PaymentController.qrImageId : ""
        sourceSize: Qt.size(side, side) // qmllint disable type
        smooth: false
        cache: false
        fillMode: Image.Pad
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Code QR de paiement")
    }
    Label {
        objectName: "paymentHint"
        Layout.fillWidth: true
        visible: text !== ""
        text: page.method === "card" && page.flowState === PaymentFlow.AwaitingCitizen
              ? qsTr("La page de paiement s'est ouverte dans votre navigateur. Après le paiement, revenez ici : l'e-Guichet suit le paiement auprès de la Ville.")
              : page.showQr ? qsTr("Gardez cet écran ouvert pendant le paiement sur votre téléphone.")
              : page.method === "terminal" && page.flowState === PaymentFlow.AwaitingCitizen
              ? qsTr("Le terminal de paiement se trouve à côté de l'écran. Votre carte n'est jamais lue par l'e-Guichet.")
              : ""
        font.pixelSize: Theme.fontBody
        color: Theme.mutedText
        wrapMode: Text.WordWrap
    }
    KioskButton {
        objectName: "reopenCheckoutButton"
        visible: page.method === "card" && page.flowState === PaymentFlow.AwaitingCitizen
        secondary: true
        text: qsTr("Rouvrir la page de paiement")
        Accessible.description: qsTr("Si vous avez fermé le navigateur avant de payer")
        onClicked: PaymentController.reopenCheckout()
    }
    KioskButton {
        objectName: "cancelTerminalButton"
        // Only before the card is in: once the PIN is typed the terminal decides.
        visible: page.method === "terminal" && page.flowState === PaymentFlow.AwaitingCitizen
                 && PaymentController.terminalStage !== "enter_pin"
                 && PaymentController.terminalStage !== "authorising"
        secondary: true
        text: qsTr("Annuler le paiement")
        Accessible.description: qsTr("Arrête le terminal de paiement ; rien n'est débité.")
        onClicked: PaymentController.cancelTerminal()
    }
    KioskButton {
        objectName: "checkAgainButton"
        visible: page.flowState === PaymentFlow.Unconfirmed
        text: qsTr("Vérifier à nouveau")
        onClicked: PaymentController.checkAgain()
    }
    KioskButton {
        objectName: "paymentWaitingHomeButton"
        secondary: true
        text: qsTr("Retour à l'accueil")
        Accessible.description: qsTr("Le paiement continue d'être suivi ; son état reste visible sur l'accueil.")
        onClicked: Navigator.openFromHome("")
    }
}
