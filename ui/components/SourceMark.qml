// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Eguichet

// Where a value comes from ("carte d'identité", "profil"), with a padlock drawn when the value
// is locked (no emoji font is needed on a kiosk).
Row {
    id: mark
    property string text
    property bool locked: false
    property color color: Theme.mutedText
    spacing: 6
    Accessible.role: Accessible.StaticText
    Accessible.name: text // a locked field is read-only: screen readers say so themselves

    Item {
        visible: mark.locked
        width: 12
        height: 15
        anchors.verticalCenter: parent.verticalCenter
        Accessible.ignored: true
        Rectangle {
            x: 2; y: 0; width: 8; height: 9; radius: 4
            color: "transparent"
            border.color: mark.color
            border.width: 2
        }
        Rectangle { x: 0; y: 6; width: 12; height: 9; radius: 2; color: mark.color }
    }
    Label {
        text: mark.text
        font.pixelSize: Theme.fontSmall
        color: mark.color
        Accessible.ignored: true
    }
}
