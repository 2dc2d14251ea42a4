// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// First start of a home install with no city: choose the city from the signed list shipped
// with the app, or give the address of its e-Guichet. The choice is kept in the user's
// settings and the app starts again with it (CitySetup).
Page {
    id: page
    objectName: "firstRunPage"
    title: qsTr("Choisissez votre ville")

    readonly property string instructions: intro.text
    /** AppInfo.citySetup: null when the app runs configured (e.g. the accessibility walk). */
    readonly property var setup: AppInfo.citySetup

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: page.title; showHelp: false }

    function saved() { page.setup.restart() }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: Math.max(Theme.spacing, (parent.width - width) / 2)
            width: Math.min(page.width - 2 * Theme.spacing, 800)
            spacing: Theme.spacing * 1.5

            Item { implicitHeight: Theme.spacing }
            Label {
                id: intro
                objectName: "firstRunIntro"
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Avec quelle ville voulez-vous faire vos démarches ? Ce choix est enregistré pour les prochaines fois.")
                font.pixelSize: Theme.fontTitle
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }

            Repeater {
                model: page.setup ? page.setup.cities : []
                KioskButton {
                    required property var modelData
                    objectName: "city_" + modelData.id
                    Layout.fillWidth: true
                    text: qsTr("Ville de %1").arg(modelData.name)
                    onClicked: if (page.setup.chooseCity(modelData.id)) page.saved()
                }
            }
            Label {
                objectName: "cityListUnavailable"
                visible: page.setup !== null && !page.setup.listAvailable
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("La liste des villes n'a pas pu être vérifiée : indiquez l'adresse de l'e-Guichet de votre ville.")
                font.pixelSize: Theme.fontBody
                color: Theme.error
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }

            Label {
                Layout.topMargin: Theme.spacing
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("Votre ville n'est pas dans la liste ? Indiquez l'adresse que la Ville vous a communiquée.")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            LabeledTextField {
                id: cityName
                fieldName: "cityNameField"
                Layout.fillWidth: true
                label: qsTr("Nom de la ville")
            }
            LabeledTextField {
                id: cityUrl
                fieldName: "cityUrlField"
                Layout.fillWidth: true
                label: qsTr("Adresse de l'e-Guichet (https://…)")
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                onAccepted: useUrl.clicked()
            }
            Label {
                objectName: "citySetupError"
                visible: text !== ""
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: page.setup ? page.setup.error : ""
                font.pixelSize: Theme.fontBody
                color: Theme.error
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            KioskButton {
                id: useUrl
                objectName: "useCityUrlButton"
                secondary: true
                text: qsTr("Utiliser cette adresse")
                enabled: page.setup !== null
                onClicked: if (page.setup.chooseUrl(cityUrl.text, cityName.text)) page.saved()
            }
            Item { implicitHeight: Theme.spacing }
        }
    }
}
