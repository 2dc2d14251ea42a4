// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import QtQuick.Controls
import Eguichet

// Where the citizen goes: the one object that moves the window's pages. Main.qml hands it its
// StackView; pages, the window and the tests navigate only through these functions
// (`Navigator.openHelp()`), which qmllint checks. With no stack (SetupWindow, a page shown on
// its own) every function does nothing.
QtObject {
    id: navigator

    /** The window's page stack, set by Main.qml (null when the window is gone). */
    property StackView stack: null

    // Pages by address, never by type: every file importing Eguichet depends on this
    // singleton, so a page type named here would be a cyclic dependency (Qt 6.4 warns and
    // the window may come up without it).
    function page(file) { return Qt.resolvedUrl("pages/" + file) }

    function openHelp() { if (stack) stack.push(page("HelpPage.qml")) }
    function openPage(url) { if (stack) stack.push(url) }
    function openPageWith(url, properties) { if (stack) stack.push(url, properties) }
    function goBack() { if (stack && stack.depth > 1) stack.pop() }
    /** Back to the welcome page. */
    function goHome() { if (stack) stack.pop(null) }

    /** The eID login: the PIN page, while the city is asked for a challenge. */
    function openEidLogin() {
        if (!stack)
            return
        stack.push(page("PinEntryPage.qml"))
        AccountController.loginWithEid()
    }
    /** The first eID login waits for the citizen's consent (which card data, why). */
    function openEidConsent() { if (stack) stack.push(page("EidConsentPage.qml")) }
    /** Consent refused: the kiosk and the counter end the session, home goes back to the card. */
    function leaveEidLogin() {
        if (!stack)
            return
        if (AppInfo.kiosk || AppInfo.counter) {
            endCitizenSession()
            return
        }
        const card = find("cardReadingPage")
        if (card) stack.pop(card)
        else stack.pop(null)
    }
    /** After a login or a verified card: the citizen's home, on top of the welcome page. */
    function openCitizenHome() {
        if (!stack)
            return
        stack.pop(null, StackView.Immediate)
        stack.push(page("CitizenHomePage.qml"))
    }
    /** The request is filed: the confirmation replaces the form and its review. */
    function openConfirmation() {
        if (!stack)
            return
        const home = find("citizenHomePage")
        if (home) stack.pop(home, StackView.Immediate)
        stack.push(page("ConfirmationPage.qml"))
    }
    /** Back to the citizen's home, then (url not empty) one page from there. */
    function openFromHome(url) {
        if (!stack)
            return
        const home = find("citizenHomePage")
        if (home) stack.pop(home)
        if (url !== "") stack.push(url)
    }
    /** "Se déconnecter" at home; "Terminer" at the kiosk and the counter (everything wiped). */
    function endCitizenSession() {
        if (SessionController.active) {
            CardService.wipe()
            SessionController.finish()
        } else {
            AccountController.logout()
        }
        if (stack) stack.pop(null)
    }

    // Payments: which payment page shows follows PaymentController.screen (decided in C++).
    // While a payment page is on top it is replaced as the payment moves on (waiting →
    // transfer details → result); on any other page nothing moves under the citizen (the home
    // shows the status).
    readonly property string paymentScreen: PaymentController.screen
    readonly property var paymentPages: ({
        basket: "PaymentBasketPage.qml",
        method: "PaymentMethodPage.qml",
        waiting: "PaymentWaitingPage.qml",
        transfer: "PaymentTransferPage.qml",
        result: "PaymentResultPage.qml"
    })
    readonly property bool paymentUnderWay: paymentScreen === "waiting" || paymentScreen === "transfer"

    /** The payment under way; else the basket, or the last result when nothing is left to pay. */
    function openPayment() {
        if (!stack)
            return
        const name = paymentUnderWay ? paymentScreen
                   : paymentScreen === "result" && PaymentController.basketTotalCents <= 0 ? "result" // qmllint disable type
                   : "basket"
        stack.push(page(paymentPages[name]))
    }
    /** From the basket or a result: choose how to pay. */
    function choosePaymentMethod() {
        if (!stack)
            return
        if (stack.currentItem && stack.currentItem.paymentScreen === "result") // qmllint disable type
            stack.replace(page(paymentPages.method))
        else
            stack.push(page(paymentPages.method))
    }
    // Later, not inside the click or the C++ signal that changed the state.
    onPaymentScreenChanged: Qt.callLater(followPayment) // qmllint disable type
    function followPayment() {
        const top = stack ? stack.currentItem : null
        if (!top || top.paymentScreen === undefined || paymentScreen === "" || top.paymentScreen === paymentScreen) // qmllint disable type
            return
        stack.replace(page(paymentPages[paymentScreen]))
    }

    /** The page of the stack with that objectName, or null. */
    function find(name) {
        return stack.find(function(item) { return item.objectName === name })
    }

    // A card going in on the welcome screen starts the card path; pulled before a session
    // began, the card page goes.
    readonly property Connections cardEvents: Connections {
        target: CardService
        function onCardInserted() {
            if (navigator.stack && navigator.stack.depth === 1)
                navigator.stack.push(navigator.page("CardReadingPage.qml"))
        }
        function onCardRemoved() {
            const top = navigator.stack ? navigator.stack.currentItem : null
            if (!SessionController.active && top && top.objectName === "cardReadingPage")
                navigator.stack.pop(null)
        }
    }
    // The end of a session (card pulled, time-out, finished): back to the start at once (the
    // window says why).
    readonly property Connections sessionEvents: Connections {
        target: SessionController
        function onEnded() {
            if (navigator.stack)
                navigator.stack.pop(null, StackView.Immediate)
        }
    }
}
