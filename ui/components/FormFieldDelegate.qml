// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Eguichet

// One field of a form page, drawn by its type (docs/api/form-schema.md): label, where a
// pre-filled value comes from ("carte d'identité", locked; "profil"), the control, the hint
// and the field's own error message. Values go to the FormModel as they are typed.
ColumnLayout {
    id: root
    // The model row (FormModel roles).
    property string fieldId
    property string type
    property string label
    property string hint
    property var value
    property bool required
    property bool locked
    property string source
    property string sourceLabel
    property string error
    property var options: []
    // What the value is made of (FormModel's inputKind, decided in C++): the keys to offer.
    property string inputKind: "text"
    property bool shown: true
    property var form: RequestController.form

    readonly property string accessibleLabel: label + (required ? " " + qsTr("(obligatoire)") : "")
    readonly property bool input: type !== "title" && type !== "comment"
    spacing: Theme.spacing / 2

    function focusInput() { if (loader.item) loader.item.forceActiveFocus() } // qmllint disable type
    function setValue(v) { root.form.setValue(root.fieldId, v) }
    // The on-screen keyboard's layout for the field's kind: its digits pad for numbers,
    // postcodes, national numbers and dates (typed 30071985), its dial pad for phones.
    readonly property int keyboardHints: {
        switch (inputKind) {
        case "digits":
        case "postcode":
        case "nrn-be":
        case "date": return Qt.ImhDigitsOnly
        case "phone": return Qt.ImhDialableCharactersOnly
        case "email": return Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
        default: return Qt.ImhNone
        }
    }

    // No file picker at the kiosk (no files there): the field says who can help instead.
    visible: shown

    Label {
        objectName: "fieldLabel_" + root.fieldId
        Layout.fillWidth: true
        text: root.label + (root.required && root.input ? " *" : "")
        font.pixelSize: root.type === "title" ? Theme.fontTitle : Theme.fontBody
        font.bold: root.type !== "comment"
        color: Theme.text
        wrapMode: Text.WordWrap
        Accessible.role: root.type === "title" ? Accessible.Heading : Accessible.StaticText
        Accessible.name: text
    }
    SourceMark {
        objectName: "fieldSource_" + root.fieldId
        visible: root.source !== "" && root.source !== "none" && root.sourceLabel !== ""
        text: qsTr("Pré-rempli : %1").arg(root.sourceLabel)
        locked: root.locked
        color: root.source === "eid" ? Theme.primary : Theme.mutedText
    }
    Label {
        Layout.fillWidth: true
        visible: root.hint !== ""
        text: root.hint
        font.pixelSize: Theme.fontSmall
        color: Theme.mutedText
        wrapMode: Text.WordWrap
    }
    Loader {
        id: loader
        Layout.fillWidth: true
        sourceComponent: {
            switch (root.type) {
            case "text": return textArea
            case "date": return dateField
            case "item": return itemField
            case "items": return itemsField
            case "bool": return boolField
            case "file": return AppInfo.kiosk ? kioskFileNote : fileField
            case "title":
            case "comment": return null
            default: return lineField // string, email, computed
            }
        }
    }
    Label {
        objectName: "fieldError_" + root.fieldId
        Layout.fillWidth: true
        visible: root.error !== ""
        text: root.error
        color: Theme.error
        font.pixelSize: Theme.fontBody
        wrapMode: Text.WordWrap
    }

    Component {
        id: lineField
        TextField {
            objectName: "field_" + root.fieldId
            text: root.value === undefined || root.value === null ? "" : String(root.value)
            readOnly: root.locked
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            color: Theme.text
            inputMethodHints: root.keyboardHints
            Accessible.name: root.accessibleLabel
            Accessible.description: root.error
            onTextEdited: root.setValue(text)
            // Enter at the kiosk is "done": the field lets go, the on-screen keyboard goes.
            onAccepted: if (AppInfo.kiosk) focus = false
            background: Rectangle {
                radius: Theme.radius
                color: parent.readOnly ? Theme.lockedSurface : Theme.surface // qmllint disable type
                border.color: parent.activeFocus ? Theme.focus : (root.error !== "" ? Theme.error : Theme.border)
                border.width: parent.activeFocus || root.error !== "" ? 3 : 1
            }
        }
    }
    Component {
        id: dateField
        TextField {
            objectName: "field_" + root.fieldId
            text: root.value ? FormInput.dateForInput(String(root.value)) : ""
            readOnly: root.locked
            placeholderText: qsTr("JJ/MM/AAAA")
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            color: Theme.text
            inputMethodHints: root.keyboardHints
            Accessible.name: root.accessibleLabel
            Accessible.description: qsTr("Date au format jour/mois/année")
            onTextEdited: root.setValue(FormInput.dateFromInput(text))
            // Enter at the kiosk is "done": the field lets go, the on-screen keyboard goes.
            onAccepted: if (AppInfo.kiosk) focus = false
            background: Rectangle {
                radius: Theme.radius
                color: parent.readOnly ? Theme.lockedSurface : Theme.surface // qmllint disable type
                border.color: parent.activeFocus ? Theme.focus : (root.error !== "" ? Theme.error : Theme.border)
                border.width: parent.activeFocus || root.error !== "" ? 3 : 1
            }
        }
    }
    Component {
        id: textArea
        TextArea {
            objectName: "field_" + root.fieldId
            text: root.value ? String(root.value) : ""
            readOnly: root.locked
            wrapMode: TextEdit.Wrap
            implicitHeight: Math.max(Theme.touchTarget * 2, contentHeight + 2 * Theme.spacing)
            font.pixelSize: Theme.fontBody
            color: Theme.text
            Accessible.name: root.accessibleLabel
            onTextChanged: if (activeFocus) root.setValue(text)
            background: Rectangle {
                radius: Theme.radius
                color: parent.readOnly ? Theme.lockedSurface : Theme.surface // qmllint disable type
                border.color: parent.activeFocus ? Theme.focus : (root.error !== "" ? Theme.error : Theme.border)
                border.width: parent.activeFocus || root.error !== "" ? 3 : 1
            }
        }
    }
    Component {
        id: itemField
        Column {
            objectName: "field_" + root.fieldId
            spacing: 2
            function forceActiveFocus() { if (children.length > 0 && children[0].forceActiveFocus) children[0].forceActiveFocus() }
            Repeater {
                model: root.options
                RadioButton {
                    objectName: "field_" + root.fieldId + "_" + modelData.value
                    text: modelData.label + (modelData.priceCents > 0 ? " (" + LanguageController.formatAmount(modelData.priceCents) + ")" : "")
                    checked: root.value === modelData.value
                    enabled: !root.locked
                    font.pixelSize: Theme.fontBody
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("%1 : %2").arg(root.label).arg(text)
                    onClicked: root.setValue(modelData.value)
                }
            }
        }
    }
    Component {
        id: itemsField
        Column {
            objectName: "field_" + root.fieldId
            spacing: 2
            function forceActiveFocus() { if (children.length > 0 && children[0].forceActiveFocus) children[0].forceActiveFocus() }
            Repeater {
                model: root.options
                CheckBox {
                    objectName: "field_" + root.fieldId + "_" + modelData.value
                    text: modelData.label + (modelData.priceCents > 0 ? " (" + LanguageController.formatAmount(modelData.priceCents) + ")" : "")
                    checked: Array.isArray(root.value) && root.value.indexOf(modelData.value) >= 0
                    enabled: !root.locked
                    font.pixelSize: Theme.fontBody
                    implicitHeight: Theme.touchTarget
                    Accessible.name: qsTr("%1 : %2").arg(root.label).arg(text)
                    onToggled: {
                        const list = Array.isArray(root.value) ? root.value.slice() : []
                        const i = list.indexOf(modelData.value)
                        if (checked && i < 0) list.push(modelData.value)
                        if (!checked && i >= 0) list.splice(i, 1)
                        root.setValue(list)
                    }
                }
            }
        }
    }
    Component {
        id: boolField
        CheckBox {
            objectName: "field_" + root.fieldId
            text: root.label
            checked: root.value === true
            enabled: !root.locked
            font.pixelSize: Theme.fontBody
            implicitHeight: Theme.touchTarget
            Accessible.name: root.accessibleLabel
            onToggled: root.setValue(checked)
        }
    }
    Component {
        id: kioskFileNote
        Label {
            objectName: "field_" + root.fieldId
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
            text: qsTr("Ce document ne peut pas être joint à la borne : demandez à un agent de l'accueil, ou faites la demande depuis chez vous.")
            function forceActiveFocus() { }
        }
    }
    Component {
        id: fileField
        RowLayout {
            spacing: Theme.spacing
            function forceActiveFocus() { pick.forceActiveFocus() }
            KioskButton {
                id: pick
                objectName: "field_" + root.fieldId
                secondary: true
                text: qsTr("Choisir un fichier")
                Accessible.name: qsTr("%1 : %2").arg(root.accessibleLabel).arg(text)
                onClicked: dialog.open()
            }
            Label {
                Layout.fillWidth: true
                text: root.value && root.value.name ? root.value.name : qsTr("Aucun fichier choisi")
                font.pixelSize: Theme.fontBody
                color: Theme.text
                elide: Text.ElideMiddle
            }
            FileDialog {
                id: dialog
                title: root.label
                nameFilters: [qsTr("Documents (*.pdf *.jpg *.jpeg *.png)")]
                onAccepted: root.setValue(FormInput.readFile(selectedFile))
            }
        }
    }
}
