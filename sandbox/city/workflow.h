// SPDX-License-Identifier: GPL-3.0-or-later
// The life of a request: submitted -> awaiting_payment -> in_process -> done, or rejected or
// cancelled; every step in the visible history, an e-mail per change, a PDF when done.
#pragma once

#include "language.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTimer>

struct CityContext;

class Workflow : public QObject
{
    Q_OBJECT
public:
    explicit Workflow(CityContext& city, QObject* parent = nullptr);

    struct Submission
    {
        qint64 accountId = 0;
        QString service;
        QJsonObject data;
        QList<QPair<QString, QString>> summary;
        int amountCents = 0;
        Lang lang = Lang::Fr;
        bool identityDeclared = false; // typed, not from the city's own eID verification
    };
    /** Stores a new request and takes its first steps; returns its id. */
    qint64 submit(const Submission& submission);

    /** Moves a request on; `message` is a message code or a text. False if not allowed. */
    bool moveTo(qint64 id, const QString& status, const QString& message);
    /** The next step of the happy path (what the timer or POST /dev/…/advance does). */
    bool advance(qint64 id);
    /** A payment for these requests was confirmed. */
    void paid(const QList<qint64>& requestIds);
    /** Adds a citizen's message to the history, status unchanged. */
    bool comment(qint64 id, const QString& text);

    QString status(qint64 id) const;
    qint64 owner(qint64 id) const;
    QJsonObject detail(qint64 id, Lang lang) const;
    /** Newest first; `filter` open, done or all; a page of `limit` after `offset`. */
    QJsonArray list(
        qint64 accountId, const QString& filter, Lang lang, int limit = 50, int offset = 0) const;
    /** The document's bytes and file name; empty when it is not this request's. */
    QPair<QByteArray, QString> document(qint64 requestId, qint64 documentId) const;

    static bool isFinal(const QString& status);

private:
    void sweep();
    qint64 produceDocument(qint64 id);
    void notify(qint64 id);
    QJsonObject statusJson(const QString& status, Lang lang) const;

    CityContext& m_city;
    QTimer m_sweep;
};
