// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

/**
 * At home, the login page offers the e-mail address used last time (QSettings, key
 * login/email). Never the password; never in kiosk or counter mode, where the computer is
 * shared.
 */
class LoginMemory : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool enabled READ enabled CONSTANT)
    Q_PROPERTY(QString email READ email NOTIFY emailChanged)

public:
    /** settingsFile empty: the application's own settings. */
    explicit LoginMemory(bool enabled, const QString& settingsFile = {}, QObject* parent = nullptr);

    bool enabled() const { return m_enabled; }
    QString email() const { return m_email; }

    /** After a successful login: keep the address (remember) or forget it. */
    Q_INVOKABLE void remember(const QString& email, bool remember);
    Q_INVOKABLE void forget();

signals:
    void emailChanged();

private:
    void store(const QString& email);

    bool m_enabled;
    QString m_file;
    QString m_email;
};
