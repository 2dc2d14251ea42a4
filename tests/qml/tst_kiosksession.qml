// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Eguichet

// The whole window: idle warning, "more time", time-out back to the welcome page.
TestCase {
    id: testCase
    name: "KioskSession"
    when: windowShown

    Component { id: mainComponent; Main {} }

    function cleanup() { SessionController.finish() }

    function openWindow() {
        const win = createTemporaryObject(mainComponent, testCase)
        verify(win)
        tryVerify(() => win.settled)
        return win
    }

    function test_idleWarning_moreTime_thenTimeOutReturnsToWelcome() {
        const win = openWindow()
        const stack = findChild(win.contentItem, "pageStack")
        stack.push(Qt.createComponent("qrc:/Eguichet/pages/WelcomePage.qml"), {}, 0)
        compare(stack.depth, 2)

        SessionController.begin()
        const overlay = findChild(win.contentItem, "idleWarningOverlay")
        verify(!overlay.visible)
        tryVerify(() => overlay.visible, 3000)
        const text = findChild(win.contentItem, "idleWarningText")
        verify(text.text.indexOf(String(IdleWatcher.secondsLeft)) >= 0)

        mouseClick(findChild(win.contentItem, "moreTimeButton"))
        verify(!overlay.visible)
        verify(SessionController.active)

        tryVerify(() => !SessionController.active, 4000)
        compare(SessionController.lastEndReason, SessionController.IdleTimeout)
        tryCompare(stack, "depth", 1)
        verify(!overlay.visible)
        const notice = findChild(win.contentItem, "noticeBanner")
        verify(notice.visible)
        verify(notice.text.length > 0)
    }

    function test_cardRemoved_saysSo() {
        const win = openWindow()
        SessionController.begin()
        SessionController.end(SessionController.CardRemoved)
        const notice = findChild(win.contentItem, "noticeBanner")
        verify(notice.visible)
        verify(notice.text.indexOf("Carte retirée") === 0)
    }
}
