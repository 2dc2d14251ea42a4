// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// The band on top of every page: the page title and the language choice, always reachable.
ToolBar {
    id: header
    property string title

    implicitHeight: Theme.touchTarget + Theme.spacing
    background: Rectangle { color: Theme.primary }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing

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
        LanguageBar {}
    }
}
