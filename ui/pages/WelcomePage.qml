// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// First screen: insert the eID card, or log in with an e-mail address; language and display.
Page {
    id: page
    objectName: "welcomePage"
    title: qsTr("Bienvenue")

    /** What spoken guidance reads after the title. */
    readonly property string instructions: insertCardText.text + ". " + insertCardHint.text

    signal passwordLoginRequested()
    signal diagnosticsRequested()

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: qsTr("e-Guichet de la Ville de %1").arg(AppInfo.cityName) }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 900)
        spacing: Theme.spacing * 2

        // A card sliding into a reader: the gesture we ask for, drawn rather than shipped.
        Item {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 220
            implicitHeight: 150
            Accessible.ignored: true
            Rectangle {
                width: 200; height: 126; radius: 10
                anchors.horizontalCenter: parent.horizontalCenter
                color: Theme.secondary
                border.color: Theme.primary
                border.width: 3
                Rectangle { x: 20; y: 30; width: 34; height: 26; radius: 4; color: Theme.primary }
                Rectangle { x: 20; y: 80; width: 150; height: 8; radius: 4; color: Theme.border }
                Rectangle { x: 20; y: 96; width: 100; height: 8; radius: 4; color: Theme.border }
            }
            Rectangle {
                anchors.bottom: parent.bottom
                width: parent.width; height: 24; radius: 6
                color: Theme.text
            }
        }

        // A kiosk or counter whose last citizen left the card in the reader (time-out).
        Label {
            objectName: "cardLeftBehindNotice"
            Layout.fillWidth: true
            visible: (AppInfo.kiosk || AppInfo.counter) && CardService.cardLeftBehind
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Une carte est restée dans le lecteur. Retirez-la et, si ce n'est pas la vôtre, remettez-la à l'accueil.")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.error
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        Label {
            id: insertCardText
            objectName: "insertCardText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Insérez votre carte d'identité")
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }

        Label {
            id: insertCardHint
            objectName: "insertCardHint"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: AppInfo.kiosk
                  ? qsTr("Le lecteur se trouve sous l'écran. Gardez la carte dans le lecteur jusqu'à la fin.")
                  : qsTr("Placez votre carte dans le lecteur relié à cet ordinateur.")
            font.pixelSize: Theme.fontBody
            color: Theme.mutedText
        }

        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("ou")
            font.pixelSize: Theme.fontBody
            color: Theme.mutedText
            Accessible.ignored: true
        }

        KioskButton {
            objectName: "passwordLoginButton"
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Se connecter avec un identifiant")
            Accessible.description: qsTr("Connexion avec une adresse e-mail et un mot de passe")
            onClicked: page.passwordLoginRequested()
        }

        LinkButton {
            objectName: "diagnosticsLink"
            Layout.alignment: Qt.AlignHCenter
            visible: !AppInfo.kiosk
            text: qsTr("Diagnostic : lecteur, carte et connexion")
            onClicked: page.diagnosticsRequested()
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing * 2

            Switch {
                id: largeTextSwitch
                objectName: "largeTextSwitch"
                text: qsTr("Grands caractères")
                checked: Theme.largeText
                font.pixelSize: Theme.fontBody
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onToggled: Theme.largeText = checked
            }
            Switch {
                id: highContrastSwitch
                objectName: "highContrastSwitch"
                text: qsTr("Contraste élevé")
                checked: Theme.highContrast
                font.pixelSize: Theme.fontBody
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                onToggled: Theme.highContrast = checked
            }
            Switch {
                objectName: "spokenGuidanceSwitch"
                text: qsTr("Guidage vocal")
                checked: SpokenGuide.enabled
                font.pixelSize: Theme.fontBody
                implicitHeight: Theme.touchTarget
                Accessible.name: text
                Accessible.description: qsTr("Lit à voix haute le titre, les instructions et les erreurs de chaque écran")
                onToggled: SpokenGuide.enabled = checked
            }
        }
    }
}
