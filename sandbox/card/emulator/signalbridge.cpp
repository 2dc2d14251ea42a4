// SPDX-License-Identifier: GPL-3.0-or-later
#include "signalbridge.h"

#include <csignal>
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_fds[2] = { -1, -1 };

void onSignal(int number)
{
    const char byte = static_cast<char>(number);
    // Only async-signal-safe calls here: the Qt side reads the byte.
    [[maybe_unused]] const ssize_t written = ::write(g_fds[0], &byte, 1);
}
} // namespace

SignalBridge::SignalBridge(QObject* parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_fds) != 0)
        return;
    m_notifier = new QSocketNotifier(g_fds[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalBridge::onReadable);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (int number : { SIGUSR1, SIGUSR2, SIGTERM, SIGINT })
        ::sigaction(number, &action, nullptr);
}

void SignalBridge::onReadable()
{
    char byte = 0;
    if (::read(g_fds[1], &byte, 1) != 1)
        return;
    switch (byte) {
    case SIGUSR1:
        emit insertRequested();
        break;
    case SIGUSR2:
        emit pullRequested();
        break;
    default:
        emit quitRequested();
        break;
    }
}
