// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlewatcher.h"

#include "logging/logcategories.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatcher::IdleWatcher(int timeoutMs, int warningMs, QObject* parent)
    : QObject(parent)
    , m_timeoutMs(timeoutMs)
    , m_warningMs(std::min(warningMs, timeoutMs))
{
    // A short tick keeps the countdown exact to the second without a timer per second left.
    m_ticker.setInterval(std::clamp(m_warningMs / 20, 10, 250));
    connect(&m_ticker, &QTimer::timeout, this, &IdleWatcher::tick);
}

int IdleWatcher::secondsLeft() const
{
    if (!m_running)
        return m_timeoutMs / 1000;
    const qint64 left = std::max<qint64>(0, m_timeoutMs - m_sinceInput.elapsed());
    return int((left + 999) / 1000);
}

void IdleWatcher::start()
{
    if (!m_running) {
        QCoreApplication::instance()->installEventFilter(this);
        m_running = true;
        emit runningChanged();
    }
    restart();
    m_ticker.start();
}

void IdleWatcher::stop()
{
    if (!m_running)
        return;
    QCoreApplication::instance()->removeEventFilter(this);
    m_ticker.stop();
    m_running = false;
    setWarning(false);
    emit runningChanged();
}

void IdleWatcher::restart()
{
    m_sinceInput.start();
    setWarning(false);
    tick();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        // Every window and item receives the same event: one restart per event is enough.
        if (m_sinceInput.elapsed() > 0)
            restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::tick()
{
    if (!m_running)
        return;
    const qint64 idle = m_sinceInput.elapsed();
    const int left = secondsLeft();
    if (left != m_lastSecondsLeft) {
        m_lastSecondsLeft = left;
        emit secondsLeftChanged();
    }
    if (idle >= m_timeoutMs) {
        qCInfo(lcSession) << "idle time-out";
        stop();
        emit timedOut();
    } else if (idle >= m_timeoutMs - m_warningMs && !m_warning) {
        setWarning(true);
        emit warningStarted();
    }
}

void IdleWatcher::setWarning(bool on)
{
    if (on != m_warning) {
        m_warning = on;
        emit warningChanged();
    }
}
