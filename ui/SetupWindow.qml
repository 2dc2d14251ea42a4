// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Window
import Eguichet

// The window when no usable city is configured (main() loads it instead of Main.qml):
// a kiosk or a counter is out of service and says what staff must set; a home install asks
// for its city once.
ApplicationWindow {
    id: window
    objectName: "setupWindow"

    width: 1280
    height: 800
    minimumWidth: 800
    minimumHeight: 600
    visible: true
    visibility: AppInfo.kiosk ? Window.FullScreen : Window.AutomaticVisibility
    flags: AppInfo.kiosk ? (Qt.Window | Qt.FramelessWindowHint) : Qt.Window
    title: qsTr("e-Guichet")
    color: Theme.background

    /** True once the page is on screen (for --screenshot). */
    readonly property bool settled: loader.status === Loader.Ready

    Loader {
        id: loader
        anchors.fill: parent
        source: AppInfo.configProblems.length > 0 ? Qt.resolvedUrl("pages/OutOfServicePage.qml")
                                                  : Qt.resolvedUrl("pages/FirstRunPage.qml")
    }
}
