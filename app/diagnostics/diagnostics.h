// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>

class CityApiClient;

/**
 * The diagnostics page's server check: one GET of the city's categories (no session needed),
 * with the time it took or the citizen's sentence for what went wrong.
 */
class Diagnostics : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State serverState READ serverState NOTIFY changed)
    Q_PROPERTY(QString serverMessage READ serverMessage NOTIFY changed)
    Q_PROPERTY(int responseMs READ responseMs NOTIFY changed)
    Q_PROPERTY(QString apiUrl READ apiUrl CONSTANT)

public:
    enum State { Unknown, Checking, Reachable, Unreachable };
    Q_ENUM(State)

    Diagnostics(CityApiClient* api, const QString& apiUrl, QObject* parent = nullptr);

    State serverState() const { return m_state; }
    QString serverMessage() const { return m_message; }
    int responseMs() const { return m_ms; }
    QString apiUrl() const { return m_url; }

    Q_INVOKABLE void checkServer();

signals:
    void changed();

private:
    CityApiClient* m_api;
    QString m_url;
    State m_state = Unknown;
    QString m_message;
    int m_ms = -1;
    QElapsedTimer m_clock;
};
