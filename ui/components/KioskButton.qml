// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Eguichet

// The product's button: at least one touch target high, themed, with a visible focus ring.
Button {
    id: control
    property bool secondary: false

    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + 2 * Theme.spacing)
    implicitWidth: Math.max(Theme.touchTarget * 3, contentItem.implicitWidth + 4 * Theme.spacing)
    font.pixelSize: Theme.fontBody
    font.bold: true
    Accessible.name: text
    // Enter works like Space on a focused button (keyboard users at home and the counter).
    Keys.onReturnPressed: if (enabled) clicked()
    Keys.onEnterPressed: if (enabled) clicked()

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.secondary ? Theme.onSecondary : Theme.onPrimary
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.secondary ? Theme.secondary : Theme.primary
        opacity: control.enabled ? (control.down ? 0.85 : 1.0) : 0.5
        border.color: control.activeFocus ? Theme.focus : (control.secondary ? Theme.border : "transparent")
        border.width: control.activeFocus ? 4 : 1
    }
}
