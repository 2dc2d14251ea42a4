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

    /** True once the first page is on screen with no transition running (for --screenshot). */
    readonly property bool settled: stack.currentItem !== null && !stack.busy

    StackView {
        id: stack
        objectName: "pageStack"
        anchors.fill: parent
        initialItem: WelcomePage {}
    }
}
