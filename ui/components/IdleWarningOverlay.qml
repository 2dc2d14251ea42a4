// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// "Are you still there?": covers the screen while the idle warning runs, with the seconds
// left and one big button to keep the session.
Rectangle {
    id: overlay
    objectName: "idleWarningOverlay"
    visible: IdleWatcher.warning
    color: Qt.rgba(0, 0, 0, 0.6)
    z: 1000

    onVisibleChanged: if (visible) SpokenGuide.say(qsTr("Êtes-vous toujours là ?") + " " + warningText.text)

    // Swallow touches so the page underneath cannot be used while the warning is up.
    MouseArea { anchors.fill: parent; Accessible.ignored: true }

    Rectangle {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 720)
        implicitHeight: column.implicitHeight + 4 * Theme.spacing
        height: implicitHeight
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: 2

        ColumnLayout {
            id: column
            anchors.centerIn: parent
            width: parent.width - 4 * Theme.spacing
            spacing: Theme.spacing * 2

            Label {
                objectName: "idleWarningTitle"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Êtes-vous toujours là ?")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                id: warningText
                objectName: "idleWarningText"
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Votre session se termine dans %n seconde(s). Tout ce que vous avez encodé sera effacé.",
                           "", IdleWatcher.secondsLeft)
                font.pixelSize: Theme.fontTitle
                color: Theme.text
            }
            KioskButton {
                objectName: "moreTimeButton"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("J'ai besoin de plus de temps")
                onClicked: IdleWatcher.moreTime()
            }
        }
    }
}
