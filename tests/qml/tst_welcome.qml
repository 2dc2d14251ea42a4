// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Eguichet

// TestCase itself is invisible: pages are created in this visible host so clicks reach them.
Item {
    id: host
    width: 1280
    height: 800

    TestCase {
        id: testCase
        name: "WelcomePage"
        when: windowShown

        Component { id: welcomeComponent; WelcomePage { width: 1280; height: 800 } }

        function cleanup() { LanguageController.setLanguage("fr") }

        function createPage() {
            const page = createTemporaryObject(welcomeComponent, host)
            verify(page)
            waitForRendering(page)
            return page
        }

        function test_languageSwitch_changesWelcomeText() {
            const page = createPage()
            const text = findChild(page, "insertCardText")
            verify(text)
            compare(text.text, "Insérez votre carte d'identité")

            const nl = findChild(page, "language_nl")
            verify(nl)
            mouseClick(nl)
            compare(LanguageController.language, "nl")
            tryCompare(text, "text", "Steek uw identiteitskaart in")

            mouseClick(findChild(page, "language_de"))
            tryCompare(text, "text", "Stecken Sie Ihren Personalausweis ein")

            mouseClick(findChild(page, "language_en"))
            tryCompare(text, "text", "Insert your identity card")
            verify(findChild(page, "language_en").checked)
            verify(!findChild(page, "language_fr").checked)
        }

        function test_accessibilitySwitches_changeTheme() {
            const page = createPage()
            const before = Theme.fontBody
            mouseClick(findChild(page, "largeTextSwitch"))
            verify(Theme.largeText)
            verify(Theme.fontBody > before)
            mouseClick(findChild(page, "largeTextSwitch"))
            verify(!Theme.largeText)
            mouseClick(findChild(page, "highContrastSwitch"))
            verify(Theme.highContrast)
            compare(Theme.background, "#000000")
            mouseClick(findChild(page, "highContrastSwitch"))
            verify(!Theme.highContrast)
        }

        function test_spokenGuidanceSwitch() {
            const page = createPage()
            const sw = findChild(page, "spokenGuidanceSwitch")
            mouseClick(sw)
            verify(SpokenGuide.enabled)
            verify(SpokenGuide.lastSpoken.length > 0)
            SpokenGuide.announcePage(page.title, page.instructions)
            verify(SpokenGuide.lastSpoken.indexOf("Insérez votre carte d'identité") >= 0)
            mouseClick(sw)
            verify(!SpokenGuide.enabled)
        }

        function test_passwordLoginButton_emitsRequest() {
            const page = createPage()
            const spy = createTemporaryObject(signalSpyComponent, testCase, { target: page })
            mouseClick(findChild(page, "passwordLoginButton"))
            compare(spy.count, 1)
        }

        Component { id: signalSpyComponent; SignalSpy { signalName: "passwordLoginRequested" } }
    }
}
