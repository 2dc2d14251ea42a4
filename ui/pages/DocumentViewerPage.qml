// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// A city's PDF inside the app (a kiosk has no other viewer): one page at a time, pages and
// zoom by buttons, keys (Page Up/Down, +, -, 0) and fingers (pan, pinch). Printing at the
// kiosk and the counter, saving and the system's viewer at home (DocumentActions).
Page {
    id: page
    objectName: "documentViewerPage"
    property url source: ""
    property string documentName: ""
    title: documentName !== "" ? documentName : qsTr("Document")
    readonly property string instructions: ready
        ? qsTr("Page %1 sur %2. Touches Page suivante et Page précédente pour changer de page, plus et moins pour le zoom.").arg(pdfPage.page + 1).arg(pdfPage.pageCount)
        : stateText.text
    readonly property bool ready: pdfPage.status === PdfPage.Ready
    readonly property bool active: StackView.status === StackView.Active
    // Zoom relative to "fit to width", so it means the same on any screen.
    property real zoom: 1
    readonly property real minZoom: 0.5
    readonly property real maxZoom: 4

    background: Rectangle { color: Theme.background }
    header: PageHeader { title: page.title; showBack: true; showHelp: true }

    Component.onCompleted: DocumentActions.clearMessage()

    function applyZoom() {
        const points = pdfPage.pagePoints
        if (!ready || view.width <= 0 || points.width <= 0)
            return
        pdfPage.renderScale = Math.max(0.05, (view.width - Theme.spacing) / points.width) * zoom
    }
    function setZoom(z) {
        zoom = Math.max(minZoom, Math.min(maxZoom, z))
        applyZoom()
    }
    function goToPage(n) {
        if (!ready || n < 0 || n >= pdfPage.pageCount)
            return
        pdfPage.page = n
        view.contentX = 0
        view.contentY = 0
        applyZoom() // pages may differ in size
    }

    Shortcut { enabled: page.active; sequences: [StandardKey.MoveToNextPage]; onActivated: page.goToPage(pdfPage.page + 1) }
    Shortcut { enabled: page.active; sequences: [StandardKey.MoveToPreviousPage]; onActivated: page.goToPage(pdfPage.page - 1) }
    Shortcut { enabled: page.active; sequences: [StandardKey.ZoomIn, "+"]; onActivated: page.setZoom(page.zoom * 1.25) }
    Shortcut { enabled: page.active; sequences: [StandardKey.ZoomOut, "-"]; onActivated: page.setZoom(page.zoom / 1.25) }
    Shortcut { enabled: page.active; sequence: "0"; onActivated: page.setZoom(1) }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            id: stateText
            objectName: "documentState"
            Layout.fillWidth: true
            visible: text !== ""
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            color: pdfPage.status === PdfPage.Error ? Theme.error : Theme.mutedText
            text: page.source.toString() === "" ? qsTr("Aucun document ouvert.") // qmllint disable type
                : pdfPage.status === PdfPage.Error ? qsTr("Ce document ne peut pas être affiché.") : ""
        }

        // Pages and zoom: big buttons for fingers, each with the name a screen reader says.
        Flow {
            Layout.fillWidth: true
            visible: page.ready
            spacing: Theme.spacing
            KioskButton {
                objectName: "previousPageButton"
                secondary: true
                text: qsTr("‹ Page précédente")
                Accessible.name: qsTr("Page précédente")
                enabled: pdfPage.page > 0
                onClicked: page.goToPage(pdfPage.page - 1)
            }
            Label {
                objectName: "pageIndicator"
                height: Theme.touchTarget
                verticalAlignment: Text.AlignVCenter
                text: qsTr("Page %1 sur %2").arg(pdfPage.page + 1).arg(pdfPage.pageCount)
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            KioskButton {
                objectName: "nextPageButton"
                secondary: true
                text: qsTr("Page suivante ›")
                Accessible.name: qsTr("Page suivante")
                enabled: pdfPage.page < pdfPage.pageCount - 1
                onClicked: page.goToPage(pdfPage.page + 1)
            }
            KioskButton {
                objectName: "zoomOutButton"
                secondary: true
                implicitWidth: Theme.touchTarget * 1.5
                text: "−"
                Accessible.name: qsTr("Réduire")
                enabled: page.zoom > page.minZoom
                onClicked: page.setZoom(page.zoom / 1.25)
            }
            KioskButton {
                objectName: "zoomInButton"
                secondary: true
                implicitWidth: Theme.touchTarget * 1.5
                text: "+"
                Accessible.name: qsTr("Agrandir")
                enabled: page.zoom < page.maxZoom
                onClicked: page.setZoom(page.zoom * 1.25)
            }
            KioskButton {
                objectName: "fitWidthButton"
                secondary: true
                text: qsTr("Pleine largeur")
                onClicked: page.setZoom(1)
            }
        }

        Item { Layout.fillHeight: true; visible: !page.ready }
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: page.ready
            color: Theme.surface
            border.color: Theme.border
            clip: true
            // One page at a time, panned by finger or scroll wheel, pinched to zoom.
            Flickable {
                id: view
                objectName: "pdfView"
                anchors.fill: parent
                anchors.margins: 1
                contentWidth: Math.max(width, pdfPage.width)
                contentHeight: Math.max(height, pdfPage.height)
                boundsBehavior: Flickable.StopAtBounds
                clip: true
                onWidthChanged: Qt.callLater(page.applyZoom) // qmllint disable type
                ScrollBar.vertical: ScrollBar { Accessible.ignored: true }
                ScrollBar.horizontal: ScrollBar { Accessible.ignored: true }
                // What a screen reader can say of the page: where we are, and its text.
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("%1, page %2 sur %3").arg(page.title).arg(pdfPage.page + 1).arg(pdfPage.pageCount)
                Accessible.description: pdfPage.pageText

                PdfPage {
                    id: pdfPage
                    objectName: "pdfPage"
                    source: page.source
                    x: Math.max(0, (view.width - width) / 2)
                    onStatusChanged: Qt.callLater(page.applyZoom) // qmllint disable type
                }
                PinchHandler {
                    target: null
                    property real startZoom: 1
                    onActiveChanged: if (active) startZoom = page.zoom
                    onActiveScaleChanged: if (active) page.setZoom(startZoom * activeScale)
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            visible: page.ready
            spacing: Theme.spacing
            KioskButton {
                objectName: "printDocumentButton"
                visible: DocumentActions.canPrint
                enabled: !DocumentActions.printing
                text: qsTr("Imprimer")
                onClicked: DocumentActions.printDocument(page.source)
            }
            KioskButton {
                objectName: "saveDocumentButton"
                visible: DocumentActions.canSave
                text: qsTr("Enregistrer")
                onClicked: DocumentActions.saveDocument(page.source)
            }
            KioskButton {
                objectName: "openExternallyButton"
                visible: !AppInfo.kiosk
                secondary: true
                text: qsTr("Ouvrir avec une autre application")
                onClicked: DocumentActions.openExternally(page.source)
            }
        }
        Label {
            objectName: "documentActionMessage"
            Layout.fillWidth: true
            visible: text !== ""
            text: DocumentActions.message
            font.pixelSize: Theme.fontBody
            color: DocumentActions.failed ? Theme.error : Theme.text
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
