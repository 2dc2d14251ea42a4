// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Eguichet

// The runner's AdminGate is not configured (no hash): no PIN opens it, and the window stays.
TestCase {
    id: testCase
    name: "AdminExit"
    when: windowShown

    Component { id: mainComponent; Main {} }

    function test_dialog_refusesWithoutConfiguredPin_andForgetsTheTypedPin() {
        const win = createTemporaryObject(mainComponent, testCase)
        tryVerify(() => win.settled)
        const dialog = findChild(win.contentItem, "adminExitDialog") || win.contentItem.children.find(c => c.objectName === "adminExitDialog")
        verify(dialog)
        dialog.open()
        tryVerify(() => dialog.opened)
        const field = findChild(dialog.contentItem, "adminPinField")
        field.text = "1234"
        mouseClick(findChild(dialog.contentItem, "adminQuitButton"))
        compare(field.text, "")
        const message = findChild(dialog.contentItem, "adminMessage")
        verify(message.text.length > 0)
        verify(dialog.opened)
        verify(!win.adminExit)
        mouseClick(findChild(dialog.contentItem, "adminCancelButton"))
        tryVerify(() => !dialog.visible)
    }
}
