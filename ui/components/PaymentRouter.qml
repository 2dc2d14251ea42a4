// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Eguichet

// Which payment page shows, following PaymentController.screen (decided in C++): while a
// payment page is on top it is replaced as the payment moves on (waiting → transfer details
// → result); on any other page nothing moves under the citizen (the home shows the status).
QtObject {
    id: router
    property StackView stack
    readonly property string screen: PaymentController.screen
    readonly property var pages: ({
        basket: "PaymentBasketPage.qml",
        method: "PaymentMethodPage.qml",
        waiting: "PaymentWaitingPage.qml",
        transfer: "PaymentTransferPage.qml",
        result: "PaymentResultPage.qml"
    })

    function url(name) { return Qt.resolvedUrl("../pages/" + pages[name]) }
    readonly property bool underWay: screen === "waiting" || screen === "transfer"
    /** The payment under way; else the basket, or the last result when nothing is left to pay. */
    function open() {
        const name = underWay ? screen
                   : screen === "result" && PaymentController.basketTotalCents <= 0 ? "result" // qmllint disable type
                   : "basket"
        stack.push(url(name))
    }
    /** From the basket or a result: choose how to pay. */
    function chooseMethod() {
        if (stack.currentItem && stack.currentItem.paymentScreen === "result") // qmllint disable type
            stack.replace(url("method"))
        else
            stack.push(url("method"))
    }

    // Later, not inside the click or the C++ signal that changed the state.
    onScreenChanged: Qt.callLater(follow) // qmllint disable type
    function follow() {
        const top = stack ? stack.currentItem : null
        if (!top || top.paymentScreen === undefined || screen === "" || top.paymentScreen === screen) // qmllint disable type
            return
        stack.replace(url(screen))
    }
}
