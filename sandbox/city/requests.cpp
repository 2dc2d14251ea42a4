// SPDX-License-Identifier: GPL-3.0-or-later
#include "requests.h"

#include "catalogue.h"
#include "citycontext.h"
#include "formvalidator.h"
#include "messages.h"
#include "router.h"
#include "workflow.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

/** The request id of the path when it exists and belongs to the caller, else 0. */
qint64 ownedRequest(CityContext& city, const ApiRequest& r)
{
    bool ok = false;
    const qint64 id = r.param("id").toLongLong(&ok);
    return ok && id > 0 && city.workflow->owner(id) == r.accountId ? id : 0;
}

QString eidField(CityContext& city, qint64 accountId, const QString& attribute)
{
    QSqlQuery q(city.db);
    q.prepare("SELECT value FROM account_fields WHERE account_id = ? AND name = ? "
              "AND source = 'eid'");
    q.addBindValue(accountId);
    q.addBindValue(attribute);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

ApiResponse submit(CityContext& city, ApiRequest& r)
{
    const QString slug = r.json.value("service").toString();
    if (!city.catalogue->has(slug))
        return fail(r,
            ApiError { 404, "service_not_found", { { "service", { "field_option" } } }, -1, {} });
    const QJsonObject service = city.catalogue->raw(slug);
    if (service.value("kind").toString() != QLatin1String("form"))
        return fail(r,
            ApiError {
                422, "service_not_form", { { "service", { "service_not_form" } } }, -1, {} });
    if (service.value("auth").toString() == QLatin1String("eid")
        && r.authLevel != QLatin1String("eid"))
        return fail(r, ApiError::forbidden("eid_required"));
    if (!r.json.value("data").isObject())
        return fail(
            r, ApiError { 422, "validation_failed", { { "data", { "field_type" } } }, -1, {} });

    const qint64 account = r.accountId;
    const FormCheck check = validateSubmission(
        city.catalogue->schema(slug, r.lang), r.json.value("data").toObject(),
        [&city, account](const QString& a) { return eidField(city, account, a); },
        service.value("price_cents").toInt());
    if (!check.errors.isEmpty())
        return fail(r, ApiError::validation(check.errors));

    // Typed identity values are kept (a password account may ask for its own certificate) but
    // never presented as verified: the request and its document say they were declared.
    QList<QPair<QString, QString>> summary = check.summary;
    if (check.identityDeclared)
        summary.prepend({ msg("identity_label", r.lang), msg("identity_declared", r.lang) });
    const qint64 id = city.workflow->submit({ r.accountId, slug, check.data, summary,
        check.priceCents, r.lang, check.identityDeclared, {}, {}, {} });
    if (id == 0)
        return fail(r, ApiError { 500, "internal_error", {}, -1, {} });
    QJsonObject out = city.workflow->detail(id, r.lang);
    out.insert("next",
        check.priceCents > 0
            ? QJsonObject { { "type", "payment" }, { "basket_item_id", QString::number(id) } }
            : QJsonObject { { "type", "none" } });
    ApiResponse response = ApiResponse::ok(out, 201);
    response.addHeader("Location", "/v1/requests/" + QByteArray::number(id));
    return response;
}

ApiResponse act(CityContext& city, ApiRequest& r)
{
    const qint64 id = ownedRequest(city, r);
    if (id == 0)
        return fail(r, ApiError::notFound("request_not_found"));
    const QString action = r.param("action");
    bool done = false;
    if (action == QLatin1String("cancel")) {
        // The citizen's reason, when given, is what the history (and the staff) read.
        const QString reason = r.json.value("reason").toString().trimmed().left(500);
        const QString s = city.workflow->status(id);
        done = (s == QLatin1String("submitted") || s == QLatin1String("awaiting_payment"))
            && city.workflow->moveTo(id, "cancelled",
                reason.isEmpty() ? QStringLiteral("hist_cancelled_by_citizen") : reason,
                !reason.isEmpty());
    } else if (action == QLatin1String("comment")) {
        const QString text = r.json.value("comment").toString().trimmed();
        if (text.isEmpty())
            return fail(r, ApiError::validation({ { "comment", { "field_required" } } }));
        done = city.workflow->comment(id, text);
    } else {
        return fail(r, ApiError::notFound("action_unknown"));
    }
    if (!done)
        return fail(r, ApiError::conflict("action_not_allowed"));
    return ApiResponse::ok(city.workflow->detail(id, r.lang));
}

} // namespace

void addRequestRoutes(Router& router, CityContext& city)
{
    CityContext* c = &city;
    router.add(
        "POST", "/v1/requests", [c](ApiRequest& r) { return submit(*c, r); },
        Router::NeedsSession | Router::Creating);
    router.add(
        "GET", "/v1/requests",
        [c](ApiRequest& r) {
            const QString filter = r.query.queryItemValue("status").isEmpty()
                ? QStringLiteral("all")
                : r.query.queryItemValue("status");
            if (!QStringList { "open", "done", "all" }.contains(filter))
                return fail(r, ApiError::validation({ { "status", { "field_option" } } }));
            bool limitOk = true, offsetOk = true;
            const QString limitText = r.query.queryItemValue("limit");
            const QString offsetText = r.query.queryItemValue("offset");
            const int limit = limitText.isEmpty() ? 50 : limitText.toInt(&limitOk);
            const int offset = offsetText.isEmpty() ? 0 : offsetText.toInt(&offsetOk);
            if (!limitOk || limit < 1 || limit > 200 || !offsetOk || offset < 0)
                return fail(r, ApiError::validation({ { "limit", { "field_invalid" } } }));
            return ApiResponse::ok(c->workflow->list(r.accountId, filter, r.lang, limit, offset));
        },
        Router::NeedsSession);
    router.add(
        "GET", "/v1/requests/{id}",
        [c](ApiRequest& r) {
            const qint64 id = ownedRequest(*c, r);
            if (id == 0)
                return fail(r, ApiError::notFound("request_not_found"));
            return ApiResponse::ok(c->workflow->detail(id, r.lang));
        },
        Router::NeedsSession);
    router.add(
        "GET", "/v1/requests/{id}/documents/{doc}",
        [c](ApiRequest& r) {
            const qint64 id = ownedRequest(*c, r);
            const auto doc = c->workflow->document(id, r.param("doc").toLongLong());
            if (id == 0 || doc.first.isEmpty())
                return fail(r, ApiError::notFound("document_not_found"));
            ApiResponse out = ApiResponse::raw("application/pdf", doc.first);
            out.addHeader(
                "Content-Disposition", "attachment; filename=\"" + doc.second.toUtf8() + "\"");
            return out;
        },
        Router::NeedsSession);
    router.add(
        "POST", "/v1/requests/{id}/actions/{action}", [c](ApiRequest& r) { return act(*c, r); },
        Router::NeedsSession);
}
