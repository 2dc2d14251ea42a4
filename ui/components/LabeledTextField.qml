// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// A text field with its label above and its error below. The accessible name is the label,
// never the value (a password field shows dots and says only "Mot de passe").
ColumnLayout {
    id: root
    property string label
    property string error
    property alias text: input.text
    property alias echoMode: input.echoMode
    property alias inputMethodHints: input.inputMethodHints
    property alias readOnly: input.readOnly
    property alias input: input
    property string fieldName: ""
    signal accepted()
    signal edited()
    spacing: Theme.spacing / 2

    function focusInput() { input.forceActiveFocus() }

    Label {
        text: root.label
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        Accessible.ignored: true
    }
    TextField {
        id: input
        objectName: root.fieldName
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        color: Theme.text
        Accessible.name: root.label
        Accessible.description: root.error
        // At the kiosk, Enter is "done": unless the page moved the focus on (e-mail, then
        // password), the field lets go and the on-screen keyboard goes away.
        onAccepted: {
            root.accepted()
            if (AppInfo.kiosk && input.activeFocus)
                input.focus = false
        }
        onTextEdited: root.edited()
        background: Rectangle {
            radius: Theme.radius
            color: input.readOnly ? Theme.background : Theme.surface
            border.color: input.activeFocus ? Theme.focus : (root.error !== "" ? Theme.error : Theme.border)
            border.width: input.activeFocus || root.error !== "" ? 3 : 1
        }
    }
    Label {
        objectName: root.fieldName + "Error"
        visible: root.error !== ""
        text: root.error
        color: Theme.error
        font.pixelSize: Theme.fontBody
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
}
