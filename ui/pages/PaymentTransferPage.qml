// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// A bank transfer to make (FAQ 10): to whom, the IBAN, the amount, the structured
// communication and the EPC QR code that Belgian banking apps scan. It stays open for days:
// the city's bank reconciliation makes it paid.
ScrollPage {
    id: page
    objectName: "paymentTransferPage"
    title: qsTr("Payer par virement")
    readonly property string paymentScreen: "transfer"
    readonly property string instructions: PaymentController.message
    // Read in groups of four, as on a bank card or statement.
    readonly property string ibanText: PaymentController.transferIban.replace(/\s+/g, "").replace(/(.{4})(?=.)/g, "$1 ")

    function row(label, value) { return { label: label, value: value } }

    Label {
        objectName: "transferInstructions"
        Layout.fillWidth: true
        text: PaymentController.message
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    GridLayout {
        Layout.fillWidth: true
        columns: width > 560 ? 2 : 1
        columnSpacing: 2 * Theme.spacing
        rowSpacing: Theme.spacing / 2
        Repeater {
            model: [
                { id: "transferBeneficiary", label: qsTr("Bénéficiaire"), value: PaymentController.transferBeneficiary },
                { id: "transferIban", label: qsTr("IBAN"), value: page.ibanText },
                { id: "transferAmount", label: qsTr("Montant"), value: LanguageController.formatAmount(PaymentController.amountCents) }, // qmllint disable type
                { id: "transferCommunication", label: qsTr("Communication structurée"), value: PaymentController.transferCommunication }
            ]
            delegate: ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label {
                    text: modelData.label
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                }
                Label {
                    objectName: modelData.id
                    Layout.fillWidth: true
                    text: modelData.value
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    font.family: modelData.id === "transferBeneficiary" ? Qt.application.font.family : "monospace"
                    color: Theme.text
                    wrapMode: Text.WrapAnywhere
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1 : %2").arg(modelData.label).arg(modelData.value)
                }
            }
        }
    }
    Label {
        Layout.fillWidth: true
        visible: transferQr.visible
        text: qsTr("Ou scannez ce code avec l'application de votre banque : tout est rempli, communication comprise.")
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Image {
        id: transferQr
        objectName: "transferQrImage"
        Layout.alignment: Qt.AlignHCenter
        visible: PaymentController.qrImageId !== ""
        readonly property int side: Math.min(400, page.width - 4 * Theme.spacing)
        source: visible ? "image://payment-qr/" + PaymentController.qrImageId : ""
        sourceSize: Qt.size(side, side) // qmllint disable type
        smooth: false
        cache: false
        fillMode: Image.Pad
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("Code QR du virement (EPC)")
    }
    Label {
        objectName: "transferDelayNote"
        Layout.fillWidth: true
        text: qsTr("Un virement prend quelques jours. Indiquez bien la communication structurée : c'est elle qui relie votre paiement à votre demande. Vous recevrez un e-mail quand la Ville l'aura reçu.")
        font.pixelSize: Theme.fontBody
        color: Theme.mutedText
        wrapMode: Text.WordWrap
    }
    KioskButton {
        objectName: "transferDoneButton"
        text: qsTr("Retour à l'accueil")
        onClicked: Navigator.openFromHome("")
    }
}
