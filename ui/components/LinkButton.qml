// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Eguichet

// A link-looking button (underlined text), still a full touch target and keyboard reachable.
Button {
    id: control
    flat: true
    implicitHeight: Theme.touchTarget
    font.pixelSize: Theme.fontBody
    Accessible.role: Accessible.Link
    Accessible.name: text
    Keys.onReturnPressed: if (enabled) clicked()
    Keys.onEnterPressed: if (enabled) clicked()
    contentItem: Text {
        text: control.text
        font.pixelSize: control.font.pixelSize
        font.underline: true
        color: Theme.primary
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        color: "transparent"
        radius: Theme.radius
        border.color: control.activeFocus ? Theme.focus : "transparent"
        border.width: 3
    }
}
