// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// How to pay (FAQ 10): the methods of this mode, as PaymentController.methods lists them
// (home: card in the browser, transfer; kiosk and counter: the payment terminal when there is
// one, QR, transfer). A new method is an
// entry in that list plus its two texts below.
ScrollPage {
    id: page
    objectName: "paymentMethodPage"
    title: qsTr("Moyen de paiement")
    readonly property string paymentScreen: "method"
    readonly property string instructions: qsTr("Choisissez comment payer %1.")
                                           .arg(LanguageController.formatAmount(PaymentController.basketTotalCents)) // qmllint disable type

    function titleOf(method) {
        switch (method) {
        case "terminal": return qsTr("Carte bancaire sur le terminal")
        case "card": return qsTr("Carte bancaire")
        case "qr": return qsTr("Code QR avec votre smartphone")
        case "bank_transfer": return qsTr("Virement bancaire")
        }
        return method
    }
    function descriptionOf(method) {
        switch (method) {
        case "terminal": return qsTr("Bancontact/Maestro, Visa ou Mastercard, sur le terminal de paiement à côté de l'écran : suivez ses instructions.")
        case "card": return qsTr("Bancontact/Maestro, Visa ou Mastercard, sur la page sécurisée du prestataire de paiement, qui s'ouvre dans votre navigateur.")
        case "qr": return qsTr("Scannez le code avec l'application de votre banque ou l'appareil photo de votre smartphone, puis payez sur votre téléphone.")
        case "bank_transfer": return qsTr("Avec la communication structurée. Un virement prend quelques jours : la demande est traitée à sa réception.")
        }
        return ""
    }

    Label {
        objectName: "paymentAmount"
        Layout.fillWidth: true
        text: qsTr("Montant à payer : %1").arg(LanguageController.formatAmount(PaymentController.basketTotalCents)) // qmllint disable type
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Repeater {
        model: PaymentController.methods
        delegate: Button {
            id: methodButton
            objectName: "payMethod_" + modelData
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchTarget * 2, column.implicitHeight + 2 * Theme.spacing)
            Accessible.name: page.titleOf(modelData)
            Accessible.description: page.descriptionOf(modelData)
            Keys.onReturnPressed: clicked()
            Keys.onEnterPressed: clicked()
            onClicked: PaymentController.pay(modelData)
            background: Rectangle {
                radius: Theme.radius
                color: methodButton.down ? Theme.secondary : Theme.surface
                border.color: methodButton.activeFocus ? Theme.focus : Theme.primary
                border.width: methodButton.activeFocus ? 4 : 2
            }
            contentItem: ColumnLayout { // qmllint disable deferred-property-id
                id: column
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: page.titleOf(modelData)
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.primary
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: text !== ""
                    text: page.descriptionOf(modelData)
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
    Label {
        objectName: "cardSafetyNote"
        Layout.fillWidth: true
        text: qsTr("Vous ne tapez jamais votre numéro de carte dans l'e-Guichet : le paiement se fait chez le prestataire de paiement de la Ville.")
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        wrapMode: Text.WordWrap
    }
}
