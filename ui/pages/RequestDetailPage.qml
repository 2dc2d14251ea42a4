// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// One request: its current status and every step it went through, oldest first (FAQ 3).
ScrollPage {
    id: page
    objectName: "requestDetailPage"
    property string requestId: ""
    title: RequestHistory.number !== "" ? qsTr("Demande %1").arg(RequestHistory.number) : qsTr("Demande")
    readonly property string instructions: RequestHistory.serviceTitle + ". " + RequestHistory.statusLabel

    Component.onCompleted: if (requestId !== "") RequestHistory.load(requestId); else RequestHistory.clear()

    Label {
        objectName: "requestServiceTitle"
        Layout.fillWidth: true
        text: RequestHistory.serviceTitle
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Label {
        objectName: "requestDetailState"
        Layout.fillWidth: true
        visible: text !== ""
        text: RequestHistory.busy ? qsTr("Chargement…")
            : RequestHistory.errorMessage !== "" ? RequestHistory.errorMessage
            : RequestHistory.steps.length === 0 ? qsTr("Aucun historique à afficher.") : ""
        font.pixelSize: Theme.fontBody
        color: RequestHistory.errorMessage !== "" ? Theme.error : Theme.mutedText
        wrapMode: Text.WordWrap
    }
    // The timeline: a dot per step, the current one filled.
    Repeater {
        model: RequestHistory.steps
        RowLayout {
            objectName: "historyStep_" + index
            Layout.fillWidth: true
            spacing: Theme.spacing
            Accessible.role: Accessible.ListItem
            Accessible.name: stepLabel.text + ", " + dateLabel.text
            Rectangle {
                Layout.alignment: Qt.AlignTop
                width: 20; height: 20; radius: 10
                color: modelData.current ? Theme.primary : Theme.surface
                border.color: Theme.primary
                border.width: 3
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Label { id: stepLabel; text: modelData.statusLabel; font.pixelSize: Theme.fontBody; font.bold: modelData.current; color: Theme.text }
                Label { id: dateLabel; text: LanguageController.formatDate(modelData.at); font.pixelSize: Theme.fontSmall; color: Theme.mutedText }
                Label {
                    Layout.fillWidth: true
                    visible: modelData.message !== ""
                    text: modelData.message
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
            }
        }
    }

    // The documents the city produced (FAQ 3): downloaded into the session folder and shown
    // in the app's own viewer, in every mode (a kiosk has no other viewer).
    Connections {
        target: RequestHistory
        function onDocumentReady(file, name) {
            Navigator.openPageWith(Qt.resolvedUrl("DocumentViewerPage.qml"),
                                   { source: file, documentName: name })
        }
    }
    Label {
        visible: RequestHistory.documents.length > 0
        text: qsTr("Documents")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Repeater {
        model: RequestHistory.documents
        KioskButton {
            objectName: "document_" + modelData.docId
            secondary: true
            text: qsTr("Ouvrir %1").arg(modelData.filename)
            onClicked: RequestHistory.openDocument(modelData.docId)
        }
    }
    Label {
        objectName: "documentMessage"
        Layout.fillWidth: true
        visible: text !== ""
        text: RequestHistory.documentMessage
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
