// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Eguichet

TestCase {
    id: testCase
    name: "HelpPage"
    when: windowShown

    Component { id: mainComponent; Main {} }

    function cleanup() {
        LanguageController.setLanguage("fr")
        SpokenGuide.enabled = false
    }

    function test_spokenGuidance_announcesEachScreen() {
        const win = createTemporaryObject(mainComponent, testCase)
        tryVerify(() => win.settled)
        SpokenGuide.enabled = true
        tryVerify(() => SpokenGuide.lastSpoken.indexOf("Insérez votre carte d'identité") >= 0)
        mouseClick(findChild(win.contentItem, "helpButton"))
        tryCompare(SpokenGuide, "lastSpoken", "Aide")
        LanguageController.setLanguage("de")
        tryCompare(SpokenGuide, "lastSpoken", "Hilfe")
    }

    function test_helpFromHeader_opensAnswer_followsLanguage_andGoesBack() {
        const win = createTemporaryObject(mainComponent, testCase)
        tryVerify(() => win.settled)
        const stack = findChild(win.contentItem, "pageStack")

        mouseClick(findChild(win.contentItem, "helpButton"))
        tryVerify(() => stack.currentItem && stack.currentItem.objectName === "helpPage" && !stack.busy)
        const page = stack.currentItem
        compare(page.title, "Aide")

        const list = findChild(page, "helpList")
        compare(list.count, 12)
        const question = findChild(page, "helpQuestion_why-account")
        const answer = findChild(page, "helpAnswer_why-account")
        verify(!answer.visible)
        mouseClick(question)
        verify(answer.visible)
        verify(answer.text.length > 100)

        LanguageController.setLanguage("nl")
        compare(page.title, "Hulp")

        mouseClick(findChild(page, "backButton"))
        tryCompare(stack, "depth", 1)
    }
}
