// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Eguichet

// A page whose content scrolls, centred and at most 900 pixels wide, under the common header.
Page {
    id: page
    default property alias content: column.data
    property bool showBack: true
    property alias flickable: flick
    background: Rectangle { color: Theme.background }
    header: PageHeader { title: page.title; showBack: page.showBack; showHelp: true }

    Flickable {
        id: flick
        anchors.fill: parent
        contentHeight: column.implicitHeight + 4 * Theme.spacing
        clip: true
        ScrollBar.vertical: ScrollBar { Accessible.ignored: true }
        ColumnLayout {
            id: column
            x: Math.max(Theme.spacing, (flick.width - width) / 2)
            y: 2 * Theme.spacing
            width: Math.min(flick.width - 2 * Theme.spacing, 900)
            spacing: Theme.spacing
        }
    }
    /** Scroll so that item is on screen (the error summary's "go to the field"). */
    function reveal(item) {
        const p = item.mapToItem(flick.contentItem, 0, 0)
        flick.contentY = Math.max(0, Math.min(p.y - Theme.spacing, flick.contentHeight - flick.height))
    }
}
