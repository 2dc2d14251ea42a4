// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Eguichet

// One button per language, each named in its own language so anyone can find theirs.
Row {
    id: bar
    objectName: "languageBar"
    spacing: 4
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Langue")

    Repeater {
        model: LanguageController.languages
        delegate: Button {
            required property var modelData
            objectName: "language_" + modelData.code
            text: modelData.code.toUpperCase()
            checkable: true
            checked: LanguageController.language === modelData.code
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            font.bold: checked
            Accessible.name: modelData.name
            Accessible.role: Accessible.RadioButton
            onClicked: LanguageController.setLanguage(modelData.code)
            background: Rectangle {
                radius: Theme.radius
                color: parent.checked ? Theme.onPrimary : "transparent" // qmllint disable type
                border.color: parent.activeFocus ? Theme.focus : Theme.onPrimary
                border.width: parent.activeFocus ? 3 : 1
            }
            contentItem: Text {
                text: parent.text // qmllint disable type
                font: parent.font // qmllint disable type
                color: parent.checked ? Theme.primary : Theme.onPrimary // qmllint disable type
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
