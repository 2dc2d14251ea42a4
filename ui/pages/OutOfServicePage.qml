// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// A kiosk or a counter that cannot serve (no city configured, a missing CA file…): the public
// reads that the station is out of service, staff read what to set (AppInfo.configProblems,
// the same lines as `eguichet --check-config`).
Page {
    id: page
    objectName: "outOfServicePage"
    title: qsTr("Hors service")

    readonly property string instructions: publicText.text

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: page.title; showHelp: false }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 1000)
        spacing: Theme.spacing * 2

        Label {
            id: publicText
            objectName: "outOfServiceText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Ce poste est hors service. Adressez-vous à l'accueil.")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: staff.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.border
            ColumnLayout {
                id: staff
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                Label {
                    objectName: "staffHeading"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Pour le personnel : la configuration de ce poste est incomplète. Corrigez-la, puis redémarrez le poste.")
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Repeater {
                    model: AppInfo.configProblems
                    Label {
                        objectName: "configProblem" + index
                        required property string modelData
                        required property int index
                        Layout.fillWidth: true
                        wrapMode: Text.WrapAnywhere
                        text: "• " + modelData
                        font.pixelSize: Theme.fontSmall
                        font.family: "monospace"
                        color: Theme.error
                        Accessible.role: Accessible.StaticText
                        Accessible.name: modelData
                    }
                }
                Label {
                    objectName: "checkHint"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: qsTr("Vérification : eguichet --check-config ; détail : eguichet --print-config")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
        }
    }
}
