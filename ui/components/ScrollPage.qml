// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
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
    // Keyboard users: whatever takes the focus (Tab, the error summary) is scrolled into view.
    readonly property Item focusedItem: Window.activeFocusItem
    onFocusedItemChanged: ensureVisible(focusedItem)
    function ensureVisible(item) {
        let inside = false
        for (let p = item; p; p = p.parent)
            if (p === flick.contentItem) { inside = true; break }
        if (!inside)
            return
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        if (top < flick.contentY) // with room for the label above a field
            flick.contentY = Math.max(0, top - 3 * Theme.spacing - Theme.fontBody)
        else if (top + item.height > flick.contentY + flick.height)
            flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height,
                                                  top + item.height - flick.height + Theme.spacing))
    }
    /** Scroll so that item is on screen (the error summary's "go to the field"). */
    function reveal(item) {
        const p = item.mapToItem(flick.contentItem, 0, 0)
        flick.contentY = Math.max(0, Math.min(p.y - Theme.spacing, flick.contentHeight - flick.height))
    }
}
