// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// The form wizard: one page of the service's form at a time, drawn from the FormModel. On an
// error, the summary at the top lists every problem, each with a button that takes the focus
// to its field (FAQ 12), and the message also stands under the field.
ScrollPage {
    id: page
    objectName: "formPage"
    readonly property var form: RequestController.form
    title: form.title !== "" ? form.title : qsTr("Formulaire")
    readonly property string instructions: form.pageTitle

    function goToField(fieldId) {
        const row = form.rowOf(fieldId)
        const item = row >= 0 ? fields.itemAt(row) : null
        if (item) {
            page.reveal(item)
            item.focusInput() // qmllint disable type
        }
    }
    function showSummary() {
        page.flickable.contentY = 0
        summary.forceActiveFocus()
        SpokenGuide.say(summaryTitle.text)
    }

    Label {
        objectName: "formState"
        Layout.fillWidth: true
        visible: text !== ""
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontBody
        color: RequestController.state === RequestController.Failed ? Theme.error : Theme.mutedText
        text: RequestController.state === RequestController.Loading ? qsTr("Chargement du formulaire…")
            : RequestController.state === RequestController.Failed || RequestController.errorMessage !== "" ? RequestController.errorMessage
            : RequestController.state === RequestController.Idle ? qsTr("Aucun formulaire ouvert.")
            : RequestController.stale ? qsTr("La Ville ne répond pas : ce formulaire est la dernière version connue.") : ""
    }
    // A saved draft was taken up again: say so, with a way to start afresh.
    Rectangle {
        objectName: "draftNotice"
        Layout.fillWidth: true
        visible: RequestController.draftRestored && RequestController.state === RequestController.Editing
        implicitHeight: draftColumn.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        border.color: Theme.border
        radius: Theme.radius
        Accessible.role: Accessible.StaticText
        Accessible.name: draftText.text
        ColumnLayout {
            id: draftColumn
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            spacing: Theme.spacing / 2
            Label {
                id: draftText
                objectName: "draftNoticeText"
                Layout.fillWidth: true
                text: !isNaN(RequestController.draftSavedAt.getTime())
                      ? qsTr("Nous avons repris votre brouillon du %1.").arg(LanguageController.formatDate(RequestController.draftSavedAt))
                      : qsTr("Nous avons repris votre brouillon.")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            LinkButton {
                objectName: "startOverButton"
                text: qsTr("Recommencer avec un formulaire vide")
                onClicked: {
                    RequestController.startOver()
                    page.flickable.contentY = 0
                }
            }
        }
    }
    Label {
        objectName: "formProgress"
        Layout.fillWidth: true
        visible: page.form.pageCount > 0
        text: qsTr("Étape %1 sur %2 : %3").arg(page.form.pageNumber).arg(page.form.pageCount).arg(page.form.pageTitle)
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    // The error summary (FAQ 12).
    Rectangle {
        id: summary
        objectName: "errorSummary"
        Layout.fillWidth: true
        visible: page.form.errors.length > 0
        implicitHeight: summaryColumn.implicitHeight + 2 * Theme.spacing
        color: Theme.surface
        border.color: activeFocus ? Theme.focus : Theme.error
        border.width: 3
        radius: Theme.radius
        activeFocusOnTab: true
        Accessible.role: Accessible.AlertMessage
        Accessible.name: summaryTitle.text
        ColumnLayout {
            id: summaryColumn
            anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.spacing }
            spacing: Theme.spacing / 2
            Label {
                id: summaryTitle
                Layout.fillWidth: true
                text: qsTr("%n problème(s) à corriger sur cette page :", "", page.form.errors.length)
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.error
                wrapMode: Text.WordWrap
            }
            Repeater {
                model: page.form.errors
                LinkButton {
                    objectName: "errorLink_" + (modelData.fieldId !== "" ? modelData.fieldId : index)
                    Layout.fillWidth: true
                    text: modelData.message
                    enabled: modelData.fieldId !== ""
                    Accessible.description: qsTr("Aller au champ")
                    onClicked: page.goToField(modelData.fieldId)
                }
            }
        }
    }

    Repeater {
        id: fields
        model: page.form
        delegate: FormFieldDelegate {
            Layout.fillWidth: true
            fieldId: model.fieldId
            type: model.type
            label: model.label
            hint: model.hint
            value: model.value
            required: model.required
            locked: model.locked
            source: model.source
            sourceLabel: model.sourceLabel
            error: model.error
            options: model.options
            inputKind: model.inputKind
            shown: model.visible
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: RequestController.state === RequestController.Editing
        KioskButton {
            objectName: "formBackButton"
            secondary: true
            visible: page.form.canGoBack
            text: qsTr("Précédent")
            onClicked: page.form.back()
        }
        Item { Layout.fillWidth: true }
        KioskButton {
            objectName: "formNextButton"
            text: page.form.lastPage ? qsTr("Vérifier ma demande") : qsTr("Suivant")
            onClicked: {
                if (page.form.lastPage) {
                    if (page.form.validateAll())
                        Navigator.openPage(Qt.resolvedUrl("ReviewPage.qml"))
                    else
                        page.showSummary()
                } else if (page.form.next()) {
                    page.flickable.contentY = 0
                } else {
                    page.showSummary()
                }
            }
        }
    }
}
