// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// "Mes demandes" (FAQ 1, 3): open and finished requests, each opening its status timeline.
ScrollPage {
    id: page
    objectName: "myRequestsPage"
    title: qsTr("Mes demandes")
    readonly property string instructions: qsTr("Choisissez une demande pour voir son historique.")
    property string status: "open"

    Component.onCompleted: RequestListModel.load(status)
    onStatusChanged: RequestListModel.load(status)

    RowLayout {
        spacing: Theme.spacing / 2
        KioskButton {
            objectName: "openRequestsTab"
            text: qsTr("En cours")
            checkable: true
            checked: page.status === "open"
            secondary: !checked
            Accessible.role: Accessible.PageTab
            onClicked: page.status = "open"
        }
        KioskButton {
            objectName: "doneRequestsTab"
            text: qsTr("Terminées")
            checkable: true
            checked: page.status === "done"
            secondary: !checked
            Accessible.role: Accessible.PageTab
            onClicked: page.status = "done"
        }
    }
    Label {
        objectName: "myRequestsState"
        Layout.fillWidth: true
        visible: text !== ""
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: RequestListModel.errorMessage !== "" ? Theme.error : Theme.mutedText
        text: RequestListModel.busy ? qsTr("Chargement…")
            : RequestListModel.errorMessage !== "" ? RequestListModel.errorMessage
            : requests.count === 0 ? (page.status === "open" ? qsTr("Vous n'avez aucune demande en cours.")
                                                             : qsTr("Vous n'avez aucune demande terminée."))
            : ""
    }
    Repeater {
        id: requests
        model: RequestListModel
        delegate: Button {
            id: requestButton
            objectName: "request_" + model.number
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + 2 * Theme.spacing)
            Accessible.name: model.serviceTitle + ", " + model.number + ", " + model.statusLabel
            onClicked: Navigator.openPageWith(Qt.resolvedUrl("RequestDetailPage.qml"),
                                              { requestId: model.requestId })
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: requestButton.activeFocus ? Theme.focus : Theme.border
                border.width: requestButton.activeFocus ? 4 : 1
            }
            contentItem: ColumnLayout { // qmllint disable deferred-property-id
                id: column
                spacing: 2
                Label { text: model.serviceTitle; font.bold: true; font.pixelSize: Theme.fontBody; color: Theme.primary; Layout.fillWidth: true; wrapMode: Text.WordWrap }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("N° %1 · envoyée le %2").arg(model.number).arg(LanguageController.formatDate(model.submittedAt))
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                }
                Label {
                    Layout.fillWidth: true
                    text: model.statusLabel + (model.needsAction !== "" && model.amountCents > 0 ? " — " + qsTr("à payer : %1").arg(LanguageController.formatAmount(model.amountCents)) : "")
                    font.pixelSize: Theme.fontBody
                    color: model.needsAction !== "" ? Theme.error : Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }
    }
}
