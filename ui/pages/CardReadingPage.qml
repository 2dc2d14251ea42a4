// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// Reading the card: progress, the citizen's name as soon as the identity file is in, then the
// verdict. Nothing read here is used unless the National Register's signatures verified.
Page {
    id: page
    objectName: "cardReadingPage"
    title: qsTr("Lecture de votre carte")

    readonly property int cardState: CardService.state
    readonly property bool reading: cardState === CardService.Reading
    readonly property bool verified: cardState === CardService.Verified
    readonly property bool failed: cardState === CardService.Failed
    readonly property bool sharedDevice: AppInfo.kiosk || AppInfo.counter
    readonly property string instructions: statusText.text

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: page.title; showBack: !page.reading }

    onFailedChanged: if (failed) SpokenGuide.say(CardService.errorMessage)

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spacing, 800)
        spacing: Theme.spacing * 2

        Label {
            objectName: "greeting"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            visible: CardService.displayName.length > 0
            text: qsTr("Bonjour %1").arg(CardService.displayName)
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.text
        }

        Label {
            id: statusText
            objectName: "cardStatusText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontTitle
            color: page.failed ? Theme.error : Theme.text
            text: page.reading ? qsTr("Lecture en cours. Laissez la carte dans le lecteur.")
                : page.verified ? qsTr("Votre carte a été lue et ses données ont été vérifiées.")
                : page.failed ? CardService.errorMessage
                : qsTr("Insérez votre carte d'identité")
            Accessible.role: page.failed ? Accessible.AlertMessage : Accessible.StaticText
            Accessible.name: text
        }

        ProgressBar {
            objectName: "cardProgress"
            Layout.fillWidth: true
            visible: page.reading
            from: 0
            to: 100
            value: CardService.progress
            Accessible.name: qsTr("Progression de la lecture")
        }

        // Each check on its own: the citizen and the clerk see what was verified.
        GridLayout {
            objectName: "verificationChecks"
            Layout.alignment: Qt.AlignHCenter
            visible: page.verified || (page.failed && CardService.checks.verified !== undefined) // qmllint disable type
            columns: 2
            columnSpacing: Theme.spacing * 2

            Repeater {
                model: [
                    { key: "identity_signature", label: qsTr("Signature de l'identité") },
                    { key: "address_signature", label: qsTr("Signature de l'adresse") },
                    { key: "photo_hash", label: qsTr("Empreinte de la photo") },
                    { key: "rrn_certificate", label: qsTr("Certificat du Registre national") }
                ]
                delegate: Label {
                    required property var modelData
                    readonly property string verdict: CardService.checks[modelData.key] || ""
                    readonly property bool good: verdict === "valid" || verdict === "trusted"
                    // The photo is not read where it is not shown: nothing to check.
                    visible: verdict !== "not_read"
                    Layout.columnSpan: 2
                    //: A label and its value; French puts a space before the colon.
                    text: (good ? "✓ " : "✗ ") + qsTr("%1 : %2").arg(modelData.label).arg(
                              good ? qsTr("vérifié") : verdict === "absent" ? qsTr("absent")
                                                     : verdict === "expired" ? qsTr("expiré")
                                                     : qsTr("non valable"))
                    font.pixelSize: Theme.fontBody
                    color: good ? Theme.success : Theme.error
                }
            }
        }

        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.spacing * 2
            KioskButton {
                objectName: "retryCardButton"
                visible: page.failed
                text: qsTr("Réessayer")
                onClicked: CardService.retry()
            }
            // At the kiosk and the counter the card path is the eID login: the citizen home
            // only ever opens with a city session (card read -> PIN -> home, level "eid").
            KioskButton {
                objectName: "continueButton"
                visible: page.verified
                text: qsTr("Continuer")
                Accessible.description: page.sharedDevice && !AccountController.loggedIn
                                        ? qsTr("Demande le code PIN de votre carte")
                                        : qsTr("Vers vos démarches, vos demandes et votre profil")
                onClicked: page.sharedDevice && !AccountController.loggedIn
                           ? Navigator.openEidLogin()
                           : Navigator.openCitizenHome()
            }
            // At home, logging in with the card (FAQ 4) is offered besides continuing.
            KioskButton {
                objectName: "eidLoginButton"
                visible: page.verified && !page.sharedDevice && !AccountController.loggedIn
                secondary: true
                text: qsTr("Se connecter avec ma carte")
                Accessible.description: qsTr("Demande le code PIN de votre carte")
                onClicked: Navigator.openEidLogin()
            }
            KioskButton {
                objectName: "finishSessionButton"
                visible: page.verified || page.failed
                secondary: true
                text: qsTr("Terminer")
                Accessible.description: qsTr("Termine la session et efface les données lues")
                onClicked: {
                    CardService.wipe()
                    SessionController.finish()
                    Navigator.goHome()
                }
            }
        }
    }
}
