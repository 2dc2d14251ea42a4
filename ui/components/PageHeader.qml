// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// The band on top of every page: the page title and the language choice, always reachable.
ToolBar {
    id: header
    property string title
    property bool showBack: false
    property bool showHelp: !showBack

    implicitHeight: Theme.touchTarget + Theme.spacing
    background: Rectangle { color: Theme.primary }

    RowLayout {
        anchors.fill: parent
        // At the kiosk the top-left square is the staff's admin corner (Main.qml): "Retour"
        // starts after it, so the whole button answers a citizen's touch.
        anchors.leftMargin: AppInfo.kiosk ? Theme.touchTarget + Theme.spacing / 2 : Theme.spacing
        anchors.rightMargin: Theme.spacing

        ToolButton {
            objectName: "backButton"
            visible: header.showBack
            text: qsTr("Retour")
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touchTarget
            Accessible.name: text
            onClicked: Navigator.goBack()
            contentItem: Text {
                text: "‹ " + parent.text // qmllint disable type
                font: parent.font // qmllint disable type
                color: Theme.onPrimary
                verticalAlignment: Text.AlignVCenter
            }
        }
        Label {
            objectName: "pageTitle"
            Layout.fillWidth: true
            text: header.title
            elide: Text.ElideRight
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.onPrimary
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        ToolButton {
            objectName: "helpButton"
            visible: header.showHelp
            text: qsTr("Aide")
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touchTarget
            Accessible.name: text
            onClicked: Navigator.openHelp()
            contentItem: Text {
                text: "? " + parent.text // qmllint disable type
                font: parent.font // qmllint disable type
                color: Theme.onPrimary
                verticalAlignment: Text.AlignVCenter
            }
        }
        LanguageBar {}
    }
}
