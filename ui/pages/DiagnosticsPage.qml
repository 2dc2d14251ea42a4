// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// For a citizen at home or the staff: is a card reader seen, what is the card doing, does the
// city's server answer, which versions run. Nothing personal is shown.
ScrollPage {
    id: page
    objectName: "diagnosticsPage"
    title: qsTr("Diagnostic")
    readonly property string instructions: qsTr("L'état du lecteur de carte, de la carte et de la connexion à la Ville.")

    Component.onCompleted: Diagnostics.checkServer()

    Label { text: qsTr("Lecteurs de carte"); font.pixelSize: Theme.fontTitle; font.bold: true; color: Theme.text; Accessible.role: Accessible.Heading; Accessible.name: text }
    Label {
        objectName: "readersText"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: CardService.readers.length > 0 ? Theme.text : Theme.error
        text: CardService.readers.length > 0 ? CardService.readers.join("\n") // qmllint disable type
                                             : qsTr("Aucun lecteur de carte détecté. Branchez le lecteur et vérifiez que le service pcscd fonctionne.")
    }
    Label {
        objectName: "cardStateText"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        text: qsTr("Carte : %1").arg(
                  CardService.state === CardService.NoService ? qsTr("service de carte indisponible")
                : CardService.state === CardService.NoReader ? qsTr("pas de lecteur")
                : CardService.state === CardService.NoCard ? qsTr("aucune carte insérée")
                : CardService.state === CardService.Reading ? qsTr("lecture en cours")
                : CardService.state === CardService.Verified ? qsTr("lue et vérifiée")
                : CardService.state === CardService.Failed ? (CardService.errorMessage !== "" ? CardService.errorMessage : qsTr("erreur"))
                : qsTr("inconnu"))
    }

    Label { text: qsTr("Serveur de la Ville"); font.pixelSize: Theme.fontTitle; font.bold: true; color: Theme.text; Accessible.role: Accessible.Heading; Accessible.name: text }
    Label {
        objectName: "serverText"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Diagnostics.serverState === Diagnostics.Unreachable ? Theme.error : Theme.text
        text: (Diagnostics.apiUrl !== "" ? Diagnostics.apiUrl + "\n" : qsTr("Aucune adresse de serveur configurée.") + "\n")
              + (Diagnostics.serverState === Diagnostics.Checking ? qsTr("Vérification…")
                 : Diagnostics.serverState === Diagnostics.Reachable ? Diagnostics.serverMessage + " " + qsTr("(%1 ms)").arg(Diagnostics.responseMs)
                 : Diagnostics.serverMessage)
    }
    KioskButton {
        objectName: "checkServerButton"
        secondary: true
        text: qsTr("Vérifier à nouveau")
        enabled: Diagnostics.serverState !== Diagnostics.Checking
        onClicked: Diagnostics.checkServer()
    }

    Label { text: qsTr("Versions"); font.pixelSize: Theme.fontTitle; font.bold: true; color: Theme.text; Accessible.role: Accessible.Heading; Accessible.name: text }
    Label {
        objectName: "versionsText"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        text: qsTr("e-Guichet %1, Qt %2, mode %3").arg(AppInfo.version).arg(AppInfo.qtVersion).arg(AppInfo.mode)
    }
}
