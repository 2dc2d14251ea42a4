// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

/**
 * One running app per user at home: the first instance listens on a local socket of this
 * user; a second launch (the desktop opening `eguichet://payment-return?…` after the
 * provider's checkout) hands its URL to the first and exits. The message is one UTF-8 line;
 * the receiver answers "ok" so that the sender knows it was taken before it exits.
 */
class InstanceHandOver : public QObject
{
    Q_OBJECT

public:
    explicit InstanceHandOver(const QString& name = defaultName(), QObject* parent = nullptr);
    ~InstanceHandOver() override;

    /**
     * This user's socket: in XDG_RUNTIME_DIR on Linux (only the user may enter it), else a
     * name with the user's name in it (Windows named pipe, macOS temporary folder).
     */
    static QString defaultName();
    /**
     * Gives `message` to the running instance; true once it said "ok". Blocking, at most
     * timeoutMs: called before the window exists.
     */
    static bool handTo(const QString& name, const QString& message, int timeoutMs = 3000);

    /**
     * Becomes the instance that receives; false while another instance listens. A socket
     * left by a crashed instance (nobody answers on it) is removed and taken over.
     */
    bool listen();
    bool isListening() const { return m_server.isListening(); }

signals:
    /** A later launch handed this over (its URL). */
    void received(const QString& message);

private:
    void onConnection();

    QString m_name;
    QLocalServer m_server;
};
