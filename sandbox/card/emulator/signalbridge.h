// SPDX-License-Identifier: GPL-3.0-or-later
// Unix signals turned into Qt signals (self-pipe), so that "insert" and "pull" are one kill.
#pragma once

#include <QObject>

class QSocketNotifier;

/** Emits insertRequested (SIGUSR1), pullRequested (SIGUSR2) and quitRequested (TERM/INT). */
class SignalBridge : public QObject
{
    Q_OBJECT
public:
    explicit SignalBridge(QObject* parent = nullptr);

signals:
    void insertRequested();
    void pullRequested();
    void quitRequested();

private:
    void onReadable();
    QSocketNotifier* m_notifier = nullptr;
};
