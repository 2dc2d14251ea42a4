// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow.h"

#include "accounts.h"
#include "catalogue.h"
#include "citycontext.h"
#include "database.h"
#include "mailbox.h"
#include "messages.h"
#include "pdfdocument.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString isoMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace

Workflow::Workflow(CityContext& city, QObject* parent)
    : QObject(parent)
    , m_city(city)
{
    const int step = m_city.options.workflowStepMs;
    if (step > 0) {
        m_sweep.setInterval(qBound(20, step / 4, 1000));
        connect(&m_sweep, &QTimer::timeout, this, &Workflow::sweep);
        m_sweep.start();
    }
}

bool Workflow::isFinal(const QString& status)
{
    return status == QLatin1String("done") || status == QLatin1String("rejected")
        || status == QLatin1String("cancelled");
}

qint64 Workflow::submit(const Submission& s)
{
    QJsonArray summary;
    for (const auto& pair : s.summary)
        summary.append(QJsonArray { pair.first, pair.second });
    QJsonObject stored { { "data", s.data }, { "summary", summary },
        { "identity", s.identityDeclared ? "declared" : "eid" },
        { "channel", s.agent.isEmpty() ? "online" : "counter" } };
    if (!s.agent.isEmpty()) {
        stored.insert("agent", s.agent);
        stored.insert("identified_by", s.identifiedBy);
    }
    QSqlQuery q(m_city.db);
    q.prepare("INSERT INTO requests (account_id, service, status, data, amount_cents, "
              "submitted_at, updated_at, language, citizen_nrn) "
              "VALUES (?, ?, 'submitted', ?, ?, ?, ?, ?, ?)");
    const qint64 now = nowMs();
    for (const QVariant& v : QVariantList { s.accountId, s.service,
             QJsonDocument(stored).toJson(QJsonDocument::Compact), s.amountCents, now, now,
             languageCode(s.lang), s.citizenNrn.isEmpty() ? QVariant() : QVariant(s.citizenNrn) })
        q.addBindValue(v);
    if (!q.exec())
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    const QString number
        = QStringLiteral("%1-%2").arg(QDate::currentDate().year()).arg(id, 6, 10, QLatin1Char('0'));
    execSql(m_city.db, "UPDATE requests SET number = ? WHERE id = ?", { number, id });
    execSql(m_city.db, "INSERT INTO history (request_id, at, status, message) VALUES (?, ?, ?, ?)",
        { id, now, "submitted", QString() });
    if (s.amountCents > 0)
        moveTo(id, "awaiting_payment", {});
    else
        advance(id);
    return id;
}

bool Workflow::moveTo(qint64 id, const QString& newStatus, const QString& message, bool verbatim)
{
    const QString current = status(id);
    if (current.isEmpty() || isFinal(current))
        return false;
    const qint64 now = nowMs();
    qint64 documentId = 0;
    if (newStatus == QLatin1String("done"))
        documentId = produceDocument(id);
    execSql(m_city.db, "UPDATE requests SET status = ?, updated_at = ? WHERE id = ?",
        { newStatus, now, id });
    execSql(m_city.db,
        "INSERT INTO history (request_id, at, status, message, document_id, verbatim) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        { id, now, newStatus, message, documentId ? QVariant(documentId) : QVariant(),
            verbatim ? 1 : 0 });
    notify(id);
    return true;
}

bool Workflow::advance(qint64 id)
{
    const QString current = status(id);
    QSqlQuery q(m_city.db);
    q.prepare("SELECT service, data FROM requests WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    const QJsonObject service = m_city.catalogue->raw(q.value(0).toString());
    const QJsonObject data
        = QJsonDocument::fromJson(q.value(1).toByteArray()).object().value("data").toObject();
    if (current == QLatin1String("submitted") || current == QLatin1String("awaiting_payment")) {
        const bool staff = service.value("handled_by").toString() == QLatin1String("staff");
        return moveTo(id, "in_process", staff ? "hist_staff" : QString());
    }
    if (current == QLatin1String("in_process")) {
        const bool post = data.value("delivery").toString() == QLatin1String("post");
        return moveTo(id, "done", post ? "hist_done_post" : "hist_done_pickup");
    }
    return false;
}

void Workflow::paid(const QList<qint64>& requestIds)
{
    for (qint64 id : requestIds) {
        if (status(id) == QLatin1String("awaiting_payment")) {
            const bool staff
                = m_city.catalogue->raw(detail(id, Lang::Fr).value("service").toString())
                      .value("handled_by")
                      .toString()
                == QLatin1String("staff");
            moveTo(id, "in_process", staff ? "hist_staff" : "hist_paid");
        }
    }
}

bool Workflow::comment(qint64 id, const QString& text)
{
    const QString current = status(id);
    if (current.isEmpty() || isFinal(current))
        return false;
    return execSql(m_city.db,
        "INSERT INTO history (request_id, at, status, message, verbatim) VALUES (?, ?, ?, ?, 1)",
        { id, nowMs(), current, text.left(2000) });
}

bool Workflow::note(qint64 id, const QString& code)
{
    const QString current = status(id);
    if (current.isEmpty() || isFinal(current))
        return false;
    return execSql(m_city.db,
        "INSERT INTO history (request_id, at, status, message, verbatim) VALUES (?, ?, ?, ?, 0)",
        { id, nowMs(), current, code });
}

QString Workflow::status(qint64 id) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT status FROM requests WHERE id = ?");
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

qint64 Workflow::owner(qint64 id) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT account_id FROM requests WHERE id = ?");
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

void Workflow::sweep()
{
    // Restart-safe: the timer looks at the stored times instead of remembering anything.
    QSqlQuery q(m_city.db);
    q.prepare("SELECT id FROM requests WHERE status IN ('submitted', 'in_process') "
              "AND updated_at <= ?");
    q.addBindValue(nowMs() - m_city.options.workflowStepMs);
    QList<qint64> due;
    if (q.exec()) {
        while (q.next())
            due << q.value(0).toLongLong();
    }
    for (qint64 id : due) {
        // Staff-handled services (archived acts) move by the clerks' steps only
        // (POST /v1/staff/requests/{number}/steps); /dev/…/advance still moves them.
        if (status(id) == QLatin1String("in_process") && isStaffHandled(service(id)))
            continue;
        advance(id);
    }
}

bool Workflow::isStaffHandled(const QString& service) const
{
    return m_city.catalogue->raw(service).value("handled_by").toString() == QLatin1String("staff");
}

QJsonObject Workflow::statusJson(const QString& status, Lang lang) const
{
    return { { "id", status }, { "label", msg("st_" + status, lang) },
        { "final", isFinal(status) } };
}

qint64 Workflow::produceDocument(qint64 id)
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT service, number, data, language, submitted_at FROM requests WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return 0;
    const QString service = q.value(0).toString();
    const QString number = q.value(1).toString();
    const Lang lang = negotiateLanguage(q.value(3).toByteArray());
    QStringList lines { QStringLiteral("Ville de Namur - e-Guichet"),
        QStringLiteral("Demande / Aanvraag / Antrag / Request: %1").arg(number),
        QStringLiteral("Introduite le: %1")
            .arg(QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong())
                     .toString("yyyy-MM-dd HH:mm")),
        QStringLiteral("Délivré le: %1").arg(QDate::currentDate().toString(Qt::ISODate)), {} };
    for (const QJsonValue& pair :
        QJsonDocument::fromJson(q.value(2).toByteArray()).object().value("summary").toArray())
        lines << pair.toArray().at(0).toString() + ": " + pair.toArray().at(1).toString();
    lines << QString()
          << QStringLiteral("Document de démonstration (sandbox) : sans valeur légale.");
    const QByteArray pdf = renderPdf(m_city.catalogue->title(service, lang), lines);
    QSqlQuery insert(m_city.db);
    insert.prepare("INSERT INTO documents (request_id, filename, content_type, content) "
                   "VALUES (?, ?, 'application/pdf', ?)");
    insert.addBindValue(id);
    insert.addBindValue(QStringLiteral("%1-%2.pdf").arg(service, number));
    insert.addBindValue(pdf);
    return insert.exec() ? insert.lastInsertId().toLongLong() : 0;
}

void Workflow::notify(qint64 id)
{
    const qint64 account = owner(id);
    const QString to = accountEmail(m_city.db, account);
    if (to.isEmpty())
        return;
    const Lang lang = accountLanguage(m_city.db, account);
    const QJsonObject d = detail(id, lang);
    const QString label = d.value("status").toObject().value("label").toString();
    const QJsonArray history = d.value("history").toArray();
    const QString last
        = history.isEmpty() ? QString() : history.last().toObject().value("message").toString();
    m_city.mailbox->send(to,
        msg("mail_status_subject", lang).arg(d.value("number").toString(), label),
        msg("mail_status_body", lang)
            .arg(d.value("number").toString(), d.value("service_title").toString(), label, last));
}

QJsonObject Workflow::detail(qint64 id, Lang lang) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT number, service, status, data, amount_cents, submitted_at, updated_at "
              "FROM requests WHERE id = ?");
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    const QString status = q.value(2).toString();
    const QJsonObject stored = QJsonDocument::fromJson(q.value(3).toByteArray()).object();
    QJsonArray fields;
    for (const QJsonValue& pair : stored.value("summary").toArray())
        fields.append(QJsonObject {
            { "label", pair.toArray().at(0) }, { "value_text", pair.toArray().at(1) } });
    QJsonArray history;
    QJsonArray documents;
    QSqlQuery h(m_city.db);
    h.prepare("SELECT h.at, h.status, h.message, d.id, d.filename, length(d.content), "
              "h.verbatim "
              "FROM history h LEFT JOIN documents d ON d.id = h.document_id "
              "WHERE h.request_id = ? ORDER BY h.id");
    h.addBindValue(id);
    h.exec();
    while (h.next()) {
        QJsonArray docs;
        if (!h.value(3).isNull()) {
            const QJsonObject doc { { "doc_id", QString::number(h.value(3).toLongLong()) },
                { "filename", h.value(4).toString() }, { "content_type", "application/pdf" },
                { "size", h.value(5).toLongLong() },
                { "url",
                    QStringLiteral("/v1/requests/%1/documents/%2")
                        .arg(id)
                        .arg(h.value(3).toLongLong()) } };
            docs.append(doc);
            documents.append(doc);
        }
        const QString message = h.value(2).toString();
        // Someone's own words are shown as typed, never read as one of the city's messages.
        const bool code = h.value(6).toInt() != 1 && hasMsg(message);
        QJsonObject entry { { "at", isoMs(h.value(0).toLongLong()) },
            { "status", statusJson(h.value(1).toString(), lang) },
            { "message", code ? msg(message, lang) : message }, { "documents", docs } };
        // A clerk's step on a staff-handled request (counter.cpp) says which it is.
        if (code && message.startsWith(QLatin1String("step_")))
            entry.insert("step", message.mid(5));
        history.append(entry);
    }
    QJsonArray actions;
    if (status == QLatin1String("submitted") || status == QLatin1String("awaiting_payment"))
        actions.append(QJsonObject { { "id", "cancel" }, { "label", msg("act_cancel", lang) } });
    if (!isFinal(status))
        actions.append(QJsonObject { { "id", "comment" }, { "label", msg("act_comment", lang) } });
    const QString service = q.value(1).toString();
    QJsonObject out { { "id", QString::number(id) }, { "number", q.value(0).toString() },
        { "service", service }, { "service_title", m_city.catalogue->title(service, lang) },
        { "submitted_at", isoMs(q.value(5).toLongLong()) },
        { "updated_at", isoMs(q.value(6).toLongLong()) }, { "status", statusJson(status, lang) },
        { "amount_cents", q.value(4).toInt() }, { "currency", "EUR" },
        { "needs_action",
            status == QLatin1String("awaiting_payment") ? QJsonValue("payment") : QJsonValue() },
        // A row stored before the field existed proves nothing: declared, never eid.
        { "identity", stored.value("identity").toString("declared") },
        { "channel", stored.value("channel").toString("online") }, { "fields", fields },
        { "history", history }, { "documents", documents }, { "actions", actions } };
    if (stored.contains("agent")) {
        out.insert("agent", stored.value("agent"));
        out.insert("identified_by", stored.value("identified_by"));
    }
    return out;
}

QJsonArray Workflow::list(
    qint64 accountId, const QString& filter, Lang lang, int limit, int offset) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT id, status FROM requests WHERE account_id = ? ORDER BY id DESC");
    q.addBindValue(accountId);
    QJsonArray out;
    if (!q.exec())
        return out;
    int skipped = 0;
    while (q.next() && out.size() < limit) {
        const bool final = isFinal(q.value(1).toString());
        if ((filter == QLatin1String("open") && final)
            || (filter == QLatin1String("done") && !final))
            continue;
        if (skipped++ < offset)
            continue;
        QJsonObject d = detail(q.value(0).toLongLong(), lang);
        for (const char* heavy : { "fields", "history", "documents", "actions" })
            d.remove(heavy);
        out.append(d);
    }
    return out;
}

QJsonArray Workflow::listForCitizen(const QString& nrn, qint64 linkedAccount, Lang lang) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT id FROM requests WHERE citizen_nrn = ? OR (? > 0 AND account_id = ?) "
              "ORDER BY id DESC LIMIT 200");
    q.addBindValue(nrn);
    q.addBindValue(linkedAccount);
    q.addBindValue(linkedAccount);
    QJsonArray out;
    if (!q.exec())
        return out;
    while (q.next()) {
        QJsonObject d = detail(q.value(0).toLongLong(), lang);
        for (const char* heavy : { "fields", "history", "documents", "actions" })
            d.remove(heavy);
        out.append(d);
    }
    return out;
}

qint64 Workflow::idByNumber(const QString& number) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT id FROM requests WHERE number = ?");
    q.addBindValue(number);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString Workflow::service(qint64 id) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT service FROM requests WHERE id = ?");
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QString Workflow::citizenNrn(qint64 id) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT citizen_nrn FROM requests WHERE id = ?");
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QPair<QByteArray, QString> Workflow::document(qint64 requestId, qint64 documentId) const
{
    QSqlQuery q(m_city.db);
    q.prepare("SELECT content, filename FROM documents WHERE id = ? AND request_id = ?");
    q.addBindValue(documentId);
    q.addBindValue(requestId);
    if (!q.exec() || !q.next())
        return {};
    return { q.value(0).toByteArray(), q.value(1).toString() };
}
