// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Eguichet

// A short message at the top of the window that goes away by itself (or when touched).
Rectangle {
    id: banner
    objectName: "noticeBanner"
    property alias text: label.text

    function show(message) {
        label.text = message
        visible = true
        hideTimer.restart()
        SpokenGuide.say(message)
    }

    visible: false
    z: 900
    height: label.implicitHeight + 2 * Theme.spacing
    color: Theme.secondary
    border.color: Theme.primary
    border.width: 2
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    Label {
        id: label
        objectName: "noticeText"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.spacing
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontTitle
        color: Theme.onSecondary
    }
    TapHandler { onTapped: banner.visible = false }
    Timer { id: hideTimer; interval: 8000; onTriggered: banner.visible = false }
}
