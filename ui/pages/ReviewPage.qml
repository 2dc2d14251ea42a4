// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// Before sending: everything that will go to the city, where each pre-filled value came from,
// and the citizen's consent to the use of their identity card data (FAQ 4, 5).
ScrollPage {
    id: page
    objectName: "reviewPage"
    title: qsTr("Vérifier ma demande")
    readonly property string instructions: qsTr("Relisez votre demande, acceptez l'utilisation de vos données puis envoyez-la.")
    readonly property var entries: RequestController.form.reviewSummary()
    readonly property bool usesCard: {
        for (let i = 0; i < entries.length; ++i)
            if (entries[i].source === "eid") return true
        return false
    }

    Connections {
        target: RequestController
        function onStateChanged() {
            if (RequestController.state === RequestController.Submitted)
                Navigator.openConfirmation()
        }
    }

    // What the city will ask (service price, options, copies), at the top.
    Label {
        objectName: "reviewPrice"
        Layout.fillWidth: true
        visible: RequestController.state === RequestController.Editing
        text: RequestController.priceCents > 0
              ? qsTr("Montant à payer à la Ville : %1").arg(LanguageController.formatAmount(RequestController.priceCents))
              : qsTr("Cette démarche est gratuite.")
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Repeater {
        model: page.entries
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                visible: index === 0 || page.entries[index - 1].pageTitle !== modelData.pageTitle
                text: modelData.pageTitle
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: modelData.label + (modelData.sourceLabel !== "" ? " — " + modelData.sourceLabel : "")
                font.pixelSize: Theme.fontSmall
                color: Theme.mutedText
                wrapMode: Text.WordWrap
            }
            Label {
                objectName: "review_" + modelData.fieldId
                Layout.fillWidth: true
                text: modelData.value
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
        }
    }
    KioskButton {
        objectName: "editRequestButton"
        secondary: true
        text: qsTr("Modifier")
        onClicked: Navigator.goBack()
    }

    // Consent: which data, why, for whom.
    Label {
        objectName: "consentText"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        text: page.usesCard
              ? qsTr("Les données marquées « carte d'identité » (nom, prénoms, numéro de registre national, date de naissance, adresse) ont été lues sur votre carte et vérifiées. Elles servent uniquement à traiter cette demande par l'administration de la Ville de %1 et ne sont transmises à personne d'autre.").arg(AppInfo.cityName)
              : qsTr("Les données de cette demande servent uniquement à la traiter par l'administration de la Ville de %1 et ne sont transmises à personne d'autre.").arg(AppInfo.cityName)
    }
    CheckBox {
        id: consent
        objectName: "consentBox"
        text: qsTr("J'accepte que ces données soient utilisées pour traiter ma demande")
        font.pixelSize: Theme.fontBody
        implicitHeight: Theme.touchTarget
        Accessible.name: text
    }
    Label {
        objectName: "submitError"
        Layout.fillWidth: true
        visible: text !== ""
        text: RequestController.state === RequestController.Editing ? RequestController.errorMessage : ""
        color: Theme.error
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    KioskButton {
        objectName: "submitRequestButton"
        text: RequestController.state === RequestController.Sending ? qsTr("Envoi en cours…") : qsTr("Envoyer la demande")
        enabled: consent.checked && RequestController.state === RequestController.Editing
        onClicked: {
            if (!RequestController.submit())
                Navigator.goBack()
        }
    }
}
