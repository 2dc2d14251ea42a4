// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

/** One submission waiting in the outbox, exactly as it will be (re)sent. */
struct OutboxEntry
{
    enum class State { Pending, Delivered, Rejected };

    qint64 id = 0;
    QString idempotencyKey;
    QString userId;
    QString method;
    QString path;
    QByteArray body;
    State state = State::Pending;
    int attempts = 0;
    QByteArray response; // the server's `data` once delivered
    QString error; // the server's err_code once rejected
};

/**
 * How the outbox reaches the city. The API client implements it (ApiOutboxTransport); tests
 * use a fake. `done` is called exactly once, on the thread that called send.
 */
class OutboxTransport
{
public:
    enum class Outcome {
        Delivered, // the server accepted (or had already accepted this key)
        Rejected, // a definitive error: sending again would give the same answer
        Retry, // offline, timeout, 5xx, 429: send again later with the same key
    };
    struct Result
    {
        Outcome outcome = Outcome::Retry;
        QByteArray response;
        QString error;
        int retryAfterSeconds = -1;
    };

    virtual ~OutboxTransport() = default;
    virtual void send(const OutboxEntry& entry, std::function<void(const Result&)> done) = 0;
};
