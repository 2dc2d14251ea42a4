// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// The twelve FAQ answers, adapted to the app: one question per row, touched to open.
Page {
    id: page
    objectName: "helpPage"
    title: HelpCatalog.title

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: page.title; showBack: true }

    ListView {
        id: list
        objectName: "helpList"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2
        clip: true
        model: HelpCatalog.entries
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }

        delegate: Column {
            id: entry
            required property var modelData
            required property int index
            property bool open: false
            width: ListView.view.width

            ItemDelegate {
                objectName: "helpQuestion_" + entry.modelData.id
                width: parent.width
                implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + Theme.spacing)
                text: (entry.index + 1) + ". " + entry.modelData.question
                font.pixelSize: Theme.fontBody
                font.bold: true
                Accessible.name: entry.modelData.question
                Accessible.role: Accessible.Button
                Accessible.description: entry.open ? qsTr("Réponse affichée") : qsTr("Touchez pour lire la réponse")
                onClicked: entry.open = !entry.open
                contentItem: Text {
                    text: parent.text // qmllint disable type
                    font: parent.font // qmllint disable type
                    color: Theme.primary
                    wrapMode: Text.WordWrap
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: parent.activeFocus ? Theme.focus : Theme.border
                    border.width: parent.activeFocus ? 3 : 1
                }
            }
            Label {
                objectName: "helpAnswer_" + entry.modelData.id
                visible: entry.open
                width: parent.width
                padding: Theme.spacing
                text: entry.modelData.answer
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
        }
    }
}
