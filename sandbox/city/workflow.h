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
        // Filed at a counter on the citizen's behalf (counter.h): the clerk {uuid,
        // display_name} from their session, how the citizen was identified, and the national
        // number of the card read at the desk. Empty for a citizen's own filing.
        QJsonObject agent;
        QString identifiedBy;
        QString citizenNrn;
    };
    /** Stores a new request and takes its first steps; returns its id. */
    qint64 submit(const Submission& submission);

    /** Moves a request on; `message` is a message code, or someone's own words when
        `verbatim` (then never read as a code). False if not allowed. */
    bool moveTo(qint64 id, const QString& status, const QString& message, bool verbatim = false);
    /** The next step of the happy path (what the timer or POST /dev/…/advance does). */
    bool advance(qint64 id);
    /** A payment for these requests was confirmed. */
    void paid(const QList<qint64>& requestIds);
    /** Adds someone's message (a citizen's, a clerk's) to the history, as typed; status
        unchanged. */
    bool comment(qint64 id, const QString& text);
    /** Adds the city's own message `code` (messages.h) to the history, status unchanged. */
    bool note(qint64 id, const QString& code);

    QString status(qint64 id) const;
    qint64 owner(qint64 id) const;
    QJsonObject detail(qint64 id, Lang lang) const;
    /** Newest first; `filter` open, done or all; a page of `limit` after `offset`. */
    QJsonArray list(
        qint64 accountId, const QString& filter, Lang lang, int limit = 50, int offset = 0) const;
    /** A citizen's requests for staff, newest first: filed at a counter with this national
        number, or by the account an eID login linked to it (0: none). */
    QJsonArray listForCitizen(const QString& nrn, qint64 linkedAccount, Lang lang) const;
    /** The id of the request with this reference ("2026-000012"), or 0. */
    qint64 idByNumber(const QString& number) const;
    /** The service of a request ("" when unknown). */
    QString service(qint64 id) const;
    /** The national number of the card a request was filed with at a counter, or "". */
    QString citizenNrn(qint64 id) const;
    /** The document's bytes and file name; empty when it is not this request's. */
    QPair<QByteArray, QString> document(qint64 requestId, qint64 documentId) const;

    static bool isFinal(const QString& status);
    /** Whether the catalogue says staff handle this service (archived acts). */
    bool isStaffHandled(const QString& service) const;

private:
    void sweep();
    qint64 produceDocument(qint64 id);
    void notify(qint64 id);
    QJsonObject statusJson(const QString& status, Lang lang) const;

    CityContext& m_city;
    QTimer m_sweep;
};
