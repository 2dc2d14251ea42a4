// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// One service: what it gives, its price, what is needed, how it is delivered and handled.
ScrollPage {
    id: page
    objectName: "servicePage"
    property string slug: ""
    readonly property var service: CatalogueModel.count >= 0 ? CatalogueModel.service(slug) : ({})
    readonly property bool known: service.slug !== undefined
    title: known ? service.title : qsTr("Démarche")
    readonly property string instructions: known ? service.description : ""

    function row(label, value) { return { label: label, value: value } }

    Label {
        objectName: "serviceDescription"
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        text: page.known ? page.service.description : qsTr("Cette démarche n'est pas disponible.")
    }
    Repeater {
        model: !page.known ? [] : [
            page.row(qsTr("Prix"), page.service.priceCents > 0
                     ? qsTr("%1, plus selon le motif et le nombre d'exemplaires").arg(LanguageController.formatAmount(page.service.priceCents))
                     : qsTr("Gratuit ou selon le motif : le montant exact s'affiche avant l'envoi")),
            page.row(qsTr("Ce qu'il vous faut"), page.service.auth === "eid"
                     ? qsTr("Votre carte d'identité et son code PIN")
                     : page.service.auth === "none" ? qsTr("Rien : accessible à tous")
                     : qsTr("Un compte (adresse e-mail et mot de passe) ou votre carte d'identité")),
            page.row(qsTr("Livraison"), page.service.kind === "form"
                     ? qsTr("Par la poste ou à retirer à l'administration ; le document signé apparaît aussi dans « Mes demandes »")
                     : qsTr("Tout de suite, sur cet appareil")),
            page.row(qsTr("Traitement"), page.service.handledBy === "staff"
                     ? qsTr("Par un agent de la Ville, qui recherche l'acte dans les archives : comptez quelques jours")
                     : qsTr("Tout de suite, automatiquement"))
        ]
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label { text: modelData.label; font.bold: true; font.pixelSize: Theme.fontBody; color: Theme.text }
            Label {
                Layout.fillWidth: true
                text: modelData.value
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
        }
    }
    Label {
        objectName: "serviceAuthNote"
        Layout.fillWidth: true
        visible: page.known && page.service.auth === "eid" && AccountController.authLevel !== "eid"
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: Theme.error
        text: qsTr("Cette démarche demande une connexion avec la carte d'identité.")
    }
    KioskButton {
        objectName: "startRequestButton"
        visible: page.known && page.service.kind === "form"
        text: qsTr("Commencer la démarche")
        onClicked: {
            RequestController.open(page.slug)
            Navigator.openPage(Qt.resolvedUrl("FormPage.qml"))
        }
    }
}
