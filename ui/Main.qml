// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Window
import Eguichet

// The one window. Kiosk: full screen and frameless; counter and home: a normal window.
ApplicationWindow {
    id: window
    objectName: "mainWindow"

    width: 1280
    height: 800
    minimumWidth: 800
    minimumHeight: 600
    visible: true
    visibility: AppInfo.kiosk ? Window.FullScreen : Window.AutomaticVisibility
    flags: AppInfo.kiosk ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    title: qsTr("e-Guichet de la Ville de %1").arg(AppInfo.cityName)
    color: Theme.background

    // A kiosk closes only through the administrator PIN (AdminExitDialog), never Alt+F4.
    property bool adminExit: false
    onClosing: (close) => { close.accepted = !AppInfo.kiosk || adminExit }

    /** True once the first page is on screen with no transition running (for --screenshot). */
    readonly property bool settled: stack.currentItem !== null && !stack.busy

    // Navigation entry points for pages (through ApplicationWindow.window) and for tests.
    function openHelp() { stack.push(helpPage) }
    function openPage(url) { stack.push(url) }
    function openPageWith(url, properties) { stack.push(url, properties) }
    function goBack() { if (stack.depth > 1) stack.pop() }
    function goHome() { stack.pop(null) }
    /** After a login or a verified card: the citizen's home, on top of the welcome page. */
    function openEidLogin() {
        stack.push(pinEntryPage)
        AccountController.loginWithEid()
    }
    /** The first eID login waits for the citizen's consent (which card data, why). */
    function openEidConsent() { stack.push(eidConsentPage) }
    /** Consent refused: the kiosk and the counter end the session, home goes back to the card. */
    function leaveEidLogin() {
        if (AppInfo.kiosk || AppInfo.counter) {
            endCitizenSession()
            return
        }
        const card = stack.find(function(item) { return item.objectName === "cardReadingPage" })
        if (card) stack.pop(card)
        else stack.pop(null)
    }
    function openCitizenHome() { stack.pop(null, StackView.Immediate); stack.push(citizenHomePage) }
    /** The request is filed: the confirmation replaces the form and its review. */
    function openConfirmation() {
        const home = stack.find(function(item) { return item.objectName === "citizenHomePage" })
        if (home) stack.pop(home, StackView.Immediate)
        stack.push(Qt.resolvedUrl("pages/ConfirmationPage.qml"))
    }
    /** Back to the citizen's home, then (url not empty) one page from there. */
    function openFromHome(url) {
        const home = stack.find(function(item) { return item.objectName === "citizenHomePage" })
        if (home) stack.pop(home)
        if (url !== "") stack.push(url)
    }
    /** Payments: the page of the payment under way, or the basket (components/PaymentRouter). */
    function openPayment() { paymentRouter.open() }
    function choosePaymentMethod() { paymentRouter.chooseMethod() }
    PaymentRouter { id: paymentRouter; stack: stack }
    /** "Se déconnecter" at home; "Terminer" at the kiosk and the counter (everything wiped). */
    function endCitizenSession() {
        if (SessionController.active) {
            CardService.wipe()
            SessionController.finish()
        } else {
            AccountController.logout()
        }
        stack.pop(null)
    }

    Component { id: helpPage; HelpPage {} }
    Component { id: cardReadingPage; CardReadingPage {} }
    Component { id: pinEntryPage; PinEntryPage {} }
    Component { id: eidConsentPage; EidConsentPage {} }
    Component { id: citizenHomePage; CitizenHomePage {} }

    // A card going in on the welcome screen starts the card path.
    Connections {
        target: CardService
        function onCardInserted() {
            if (stack.depth === 1)
                stack.push(cardReadingPage)
        }
        function onCardRemoved() {
            if (!SessionController.active && stack.currentItem
                    && stack.currentItem.objectName === "cardReadingPage")
                stack.pop(null)
        }
    }

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        initialItem: WelcomePage {
            onPasswordLoginRequested: stack.push(Qt.resolvedUrl("pages/LoginPage.qml"))
            onDiagnosticsRequested: stack.push(Qt.resolvedUrl("pages/DiagnosticsPage.qml"))
        }
    }

    // Spoken guidance: each screen's title and instructions when it appears or the language
    // changes (pages expose an optional `instructions` string).
    function announceCurrentPage() {
        const page = stack.currentItem
        if (page)
            SpokenGuide.announcePage(page.title, page.instructions !== undefined ? page.instructions : "")
    }
    Connections {
        target: stack
        function onBusyChanged() { if (!stack.busy) window.announceCurrentPage() }
    }
    Connections {
        target: LanguageController
        function onLanguageChanged() { Qt.callLater(window.announceCurrentPage) }
    }
    // (Connections has an `enabled` property of its own, so watch the switch through a binding.)
    readonly property bool speechOn: SpokenGuide.enabled
    onSpeechOnChanged: if (speechOn) Qt.callLater(announceCurrentPage)

    NoticeBanner {
        id: notice
        // At the bottom: the header (language, help) stays usable while it shows.
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
    }

    IdleWarningOverlay { anchors.fill: parent }

    // Hold the top-left corner for three seconds: the staff's way to the administrator PIN.
    MouseArea {
        objectName: "adminCorner"
        enabled: AppInfo.kiosk
        width: 64
        height: 64
        z: 1200
        pressAndHoldInterval: 3000
        onPressAndHold: adminDialog.open()
        Accessible.ignored: true
    }
    AdminExitDialog {
        id: adminDialog
        onExitConfirmed: { window.adminExit = true; Qt.quit() }
    }

    // Only the kiosk gets the on-screen keyboard (main() selects its input method first).
    Loader {
        objectName: "keyboardLoader"
        active: AppInfo.kiosk
        z: 1100
        width: parent.width
        height: parent.height
        source: "components/KioskKeyboard.qml"
    }

    // The end of a session (card pulled, time-out, finished): the core has already wiped
    // everything personal; the screens go back to the start and say so.
    Connections {
        target: SessionController
        function onEnded(reason) {
            stack.pop(null, StackView.Immediate)
            notice.show(reason === SessionController.CardRemoved
                        ? qsTr("Carte retirée : votre session est terminée et vos données ont été effacées.")
                        : qsTr("Votre session est terminée et vos données ont été effacées."))
        }
    }
}
