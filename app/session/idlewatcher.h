// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/**
 * Ends an idle kiosk session. Watches every touch, click and key press in the application
 * (an event filter on the QCoreApplication); after `timeout - warning` without input it
 * raises the warning (on screen and spoken, with an "I need more time" button), then after
 * `timeout` it emits timedOut(). Counts only while `running` (a citizen session is open).
 */
class IdleWatcher : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool running READ running NOTIFY runningChanged)
    Q_PROPERTY(bool warning READ warning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)

public:
    IdleWatcher(int timeoutMs, int warningMs, QObject* parent = nullptr);

    bool running() const { return m_running; }
    bool warning() const { return m_warning; }
    /** Whole seconds until time-out, rounded up; meaningful while running. */
    int secondsLeft() const;

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    /** "I need more time": the citizen gets a full time-out again. */
    Q_INVOKABLE void moreTime() { restart(); }

signals:
    void runningChanged();
    void warningChanged();
    void secondsLeftChanged();
    void warningStarted();
    void timedOut();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();
    void tick();
    void setWarning(bool on);

    const int m_timeoutMs;
    const int m_warningMs;
    bool m_running = false;
    bool m_warning = false;
    int m_lastSecondsLeft = -1;
    QElapsedTimer m_sinceInput;
    QTimer m_ticker;
};
