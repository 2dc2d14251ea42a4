// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// "Démarches": the city's services by category, with a search over all of them (FAQ 3).
ScrollPage {
    id: page
    objectName: "cataloguePage"
    title: qsTr("Démarches")
    readonly property string instructions: qsTr("Choisissez une catégorie ou cherchez une démarche.")

    Component.onCompleted: CatalogueModel.load()

    LabeledTextField {
        id: searchField
        fieldName: "catalogueSearch"
        Layout.fillWidth: true
        label: qsTr("Rechercher une démarche")
        text: CatalogueModel.search
        onEdited: CatalogueModel.search = text
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        visible: CatalogueModel.search === ""
        Repeater {
            model: CatalogueModel.categories
            KioskButton {
                objectName: "category_" + modelData.slug
                text: modelData.title
                secondary: CatalogueModel.category !== modelData.slug
                checkable: true
                checked: CatalogueModel.category === modelData.slug
                Accessible.role: Accessible.PageTab
                Accessible.description: modelData.description
                onClicked: CatalogueModel.category = modelData.slug
            }
        }
    }
    Label {
        objectName: "catalogueState"
        Layout.fillWidth: true
        visible: text !== ""
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: CatalogueModel.errorMessage !== "" ? Theme.error : Theme.mutedText
        text: CatalogueModel.errorMessage !== "" ? CatalogueModel.errorMessage
            : CatalogueModel.stale ? qsTr("La Ville ne répond pas : voici la dernière liste connue.")
            : CatalogueModel.busy && CatalogueModel.count === 0 ? qsTr("Chargement…")
            : CatalogueModel.count === 0 ? qsTr("Aucune démarche ne correspond.") : ""
    }
    Repeater {
        model: CatalogueModel
        delegate: Button {
            id: serviceButton
            objectName: "service_" + model.slug
            Layout.fillWidth: true
            implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + 2 * Theme.spacing)
            Accessible.name: model.title
            Accessible.description: model.description
            onClicked: Navigator.openPageWith(Qt.resolvedUrl("ServicePage.qml"), { slug: model.slug })
            background: Rectangle {
                radius: Theme.radius
                color: Theme.surface
                border.color: serviceButton.activeFocus ? Theme.focus : Theme.border
                border.width: serviceButton.activeFocus ? 4 : 1
            }
            contentItem: ColumnLayout { // qmllint disable deferred-property-id
                id: column
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: model.title
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.primary
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: model.description
                    font.pixelSize: Theme.fontSmall
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: model.kind === "form"
                          ? (model.priceCents > 0 ? qsTr("À partir de %1").arg(LanguageController.formatAmount(model.priceCents))
                                                  : qsTr("Prix selon le motif"))
                          : model.kind === "download" ? qsTr("Document à télécharger") : qsTr("Lien vers un autre site")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.mutedText
                }
            }
        }
    }
}
