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

    // The controls' own colours follow the Theme, high contrast included: the labels of
    // switches, radio buttons and check boxes (the style's were dark grey on black), their
    // marks, a selected radio's dot. A locked field's choices stay readable (muted, not grey).
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.secondary
    palette.text: Theme.text
    palette.button: Theme.secondary
    palette.buttonText: Theme.onSecondary
    palette.brightText: Theme.onPrimary
    palette.highlight: Theme.primary
    palette.highlightedText: Theme.onPrimary
    palette.light: Theme.surface
    palette.midlight: Theme.track
    palette.mid: Theme.border
    palette.dark: Theme.primary
    palette.placeholderText: Theme.mutedText
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    palette.disabled.windowText: Theme.mutedText
    palette.disabled.text: Theme.mutedText

    // A kiosk closes only through the administrator PIN (AdminExitDialog), never Alt+F4.
    property bool adminExit: false
    onClosing: (close) => { close.accepted = !AppInfo.kiosk || adminExit }

    /** True once the first page is on screen with no transition running (for --screenshot). */
    readonly property bool settled: stack.currentItem !== null && !stack.busy

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        initialItem: WelcomePage {
            onPasswordLoginRequested: Navigator.openPage(Qt.resolvedUrl("pages/LoginPage.qml"))
            onDiagnosticsRequested: Navigator.openPage(Qt.resolvedUrl("pages/DiagnosticsPage.qml"))
        }
        // Every move of the pages goes through Navigator (ui/Navigator.qml), which drives this
        // stack: the pages, the card path, a session's end, the payments.
        Component.onCompleted: Navigator.stack = stack
        Component.onDestruction: if (Navigator.stack === stack) Navigator.stack = null
    }

    // Spoken guidance: each screen's title and instructions when it appears or the language
    // changes (pages expose an optional `instructions` string).
    function announceCurrentPage() {
        const page = stack.currentItem
        if (page)
            SpokenGuide.announcePage(page.title, page.instructions !== undefined ? page.instructions : "") // qmllint disable type
    }
    Connections {
        target: stack
        function onBusyChanged() { if (!stack.busy) window.announceCurrentPage() }
    }
    Connections {
        target: LanguageController
        function onLanguageChanged() { Qt.callLater(window.announceCurrentPage) } // qmllint disable type
    }
    // (Connections has an `enabled` property of its own, so watch the switch through a binding.)
    readonly property bool speechOn: SpokenGuide.enabled
    onSpeechOnChanged: if (speechOn) Qt.callLater(announceCurrentPage) // qmllint disable type

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
        // Nothing to press lies under it: PageHeader keeps this square free at the kiosk.
        width: Theme.touchTarget
        height: Theme.touchTarget
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
        anchors.fill: parent
        source: "components/KioskKeyboard.qml"
    }

    // The end of a session (card pulled, time-out, finished): the core has already wiped
    // everything personal; Navigator goes back to the start and the window says so.
    Connections {
        target: SessionController
        function onEnded(reason) {
            const ended = reason === SessionController.CardRemoved
                        ? qsTr("Carte retirée : votre session est terminée et vos données ont été effacées.")
                        : qsTr("Votre session est terminée et vos données ont été effacées.")
            // A filing not yet at the city: kept for the citizen's account, sent at their next login.
            const unsent = RequestController.unsentNotice
            // Walked away with the card still in: the first thing to hear is to take it.
            const card = CardService.cardLeftBehind ? qsTr("Reprenez votre carte d'identité.") + " " : ""
            notice.show(card + (unsent === "" ? ended : ended + " " + unsent))
        }
    }
}
