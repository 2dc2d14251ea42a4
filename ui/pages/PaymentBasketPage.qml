// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// "À payer": the requests waiting for payment and their total; one payment pays them all.
ScrollPage {
    id: page
    objectName: "paymentBasketPage"
    title: qsTr("À payer")
    readonly property string paymentScreen: "basket"
    readonly property bool underWay: PaymentController.screen === "waiting"
                                     || PaymentController.screen === "transfer"
    readonly property string instructions: stateText.text !== "" ? stateText.text : totalText.text

    Component.onCompleted: PaymentController.loadBasket()

    Label {
        id: stateText
        objectName: "paymentBasketState"
        Layout.fillWidth: true
        visible: text !== ""
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: PaymentController.basketMessage !== "" ? Theme.error : Theme.mutedText
        text: PaymentController.basketLoading && items.count === 0 ? qsTr("Chargement…")
            : PaymentController.basketMessage !== "" ? PaymentController.basketMessage
            : items.count === 0 ? qsTr("Vous n'avez rien à payer pour le moment.")
            : ""
    }
    Repeater {
        id: items
        model: PaymentController.basketItems
        delegate: Rectangle {
            objectName: "basketItem_" + modelData.number
            Layout.fillWidth: true
            implicitHeight: row.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("Demande %1, %2 : %3").arg(modelData.number).arg(modelData.subject || "")
                             .arg(LanguageController.formatAmount(modelData.amount_cents))
            RowLayout {
                id: row
                anchors.fill: parent
                anchors.margins: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: modelData.subject || qsTr("Demande")
                        font.bold: true
                        font.pixelSize: Theme.fontBody
                        color: Theme.primary
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("N° %1").arg(modelData.number)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.mutedText
                    }
                }
                Label {
                    text: LanguageController.formatAmount(modelData.amount_cents)
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
            }
        }
    }
    Label {
        id: totalText
        objectName: "basketTotal"
        Layout.fillWidth: true
        visible: items.count > 0
        horizontalAlignment: Text.AlignRight
        text: qsTr("Total : %1").arg(LanguageController.formatAmount(PaymentController.basketTotalCents)) // qmllint disable type
        font.pixelSize: Theme.fontHeadline
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Label {
        objectName: "paymentUnderWayText"
        Layout.fillWidth: true
        visible: page.underWay
        text: qsTr("Un paiement est déjà en cours. Ne payez pas une seconde fois : suivez-le ici.")
        font.pixelSize: Theme.fontBody
        color: Theme.error
        wrapMode: Text.WordWrap
    }
    KioskButton {
        objectName: "showPaymentButton"
        visible: page.underWay
        text: qsTr("Voir le paiement en cours")
        onClicked: Navigator.openPayment()
    }
    KioskButton {
        objectName: "choosePaymentMethodButton"
        visible: !page.underWay
        enabled: PaymentController.basketTotalCents > 0 && !PaymentController.basketLoading // qmllint disable type
        // The word the help quotes (docs/help-content.md, FAQ 10).
        text: qsTr("Payer")
        Accessible.description: totalText.text
        onClicked: Navigator.choosePaymentMethod()
    }
    KioskButton {
        objectName: "retryBasketButton"
        visible: PaymentController.basketMessage !== ""
        secondary: true
        text: qsTr("Réessayer")
        onClicked: PaymentController.loadBasket()
    }
}
