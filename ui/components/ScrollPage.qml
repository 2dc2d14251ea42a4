// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Window
import Eguichet

// A page whose content scrolls, centred and at most 900 pixels wide, under the common header.
// At the kiosk the on-screen keyboard never hides the focused field: the content gets room
// under it as high as the keyboard (KeyboardArea.overlap) and the field is scrolled above it.
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
        bottomMargin: KeyboardArea.overlap
        clip: true
        ScrollBar.vertical: ScrollBar { Accessible.ignored: true }
        // A touch on the page outside any control takes the focus away from a text field,
        // which puts the on-screen keyboard away (a drag still scrolls).
        MouseArea {
            objectName: "pageBackground"
            width: flick.width
            height: Math.max(flick.contentHeight + flick.bottomMargin, flick.height)
            onClicked: if (page.holds(page.focusedItem)) page.focusedItem.focus = false
            Accessible.ignored: true
        }
        ColumnLayout {
            id: column
            x: Math.max(Theme.spacing, (flick.width - width) / 2)
            y: 2 * Theme.spacing
            width: Math.min(flick.width - 2 * Theme.spacing, 900)
            spacing: Theme.spacing
        }
    }
    // Keyboard users: whatever takes the focus (Tab, the error summary) is scrolled into view;
    // at the kiosk, again when the on-screen keyboard appears or changes height.
    readonly property Item focusedItem: Window.activeFocusItem
    onFocusedItemChanged: ensureVisible(focusedItem)
    readonly property real keyboardOverlap: KeyboardArea.overlap
    onKeyboardOverlapChanged: ensureVisible(focusedItem)
    /** Whether item is part of the page's scrolling content. */
    function holds(item) {
        for (let p = item; p; p = p.parent)
            if (p === flick.contentItem)
                return true
        return false
    }
    function ensureVisible(item) {
        if (!holds(item))
            return
        const visibleHeight = flick.height - flick.bottomMargin // what the keyboard leaves
        const top = item.mapToItem(flick.contentItem, 0, 0).y
        if (top < flick.contentY) // with room for the label above a field
            flick.contentY = Math.max(0, top - 3 * Theme.spacing - Theme.fontBody)
        else if (top + item.height > flick.contentY + visibleHeight)
            flick.contentY = Math.max(0, Math.min(flick.contentHeight + flick.bottomMargin - flick.height,
                                                  top + item.height - visibleHeight + Theme.spacing))
    }
    /** Scroll so that item is on screen (the error summary's "go to the field"). */
    function reveal(item) {
        const p = item.mapToItem(flick.contentItem, 0, 0)
        flick.contentY = Math.max(0, Math.min(p.y - Theme.spacing,
                                              flick.contentHeight + flick.bottomMargin - flick.height))
    }
}
