// SPDX-License-Identifier: GPL-3.0-or-later
#include "counter.h"

#include "accounts.h"
#include "catalogue.h"
#include "citycontext.h"
#include "eidauth.h"
#include "eidcertificates.h"
#include "formvalidator.h"
#include "messages.h"
#include "payments.h"
#include "router.h"
#include "staff.h"
#include "terminalsale.h"
#include "workflow.h"

#include <QDate>

namespace {

/** The citizen a card read at the desk proves, or why it proves nobody. */
struct DeskCard
{
    QString refusal; // a message code, empty when verified
    QString nrn;
    QMap<QString, QString> fields; // profile attribute -> value, from the signed files
};

/**
 * The checks of the eID login without the PIN step: the card's authentication certificate
 * chains to a trust anchor and is not revoked (a stolen card identifies nobody), its national
 * number is the identity file's; the identity and address files carry the National Register's
 * signatures; and the card is still valid. Nothing the clerk's app says about the citizen is
 * taken otherwise.
 */
DeskCard identifyByCard(CityContext& city, const QJsonObject& card)
{
    DeskCard out;
    const X509Shared auth = certificateFromDer(
        QByteArray::fromBase64(card.value("auth_cert_der_b64").toString().toLatin1()));
    if (!auth) {
        out.refusal = QStringLiteral("eid_untrusted");
        return out;
    }
    out.refusal = checkAuthenticationCertificate(
        city, auth.get(), card.value("chain_der_b64").toArray(), &out.nrn);
    if (!out.refusal.isEmpty())
        return out;
    // The address is part of the identity the city re-imposes: a card read without it is
    // incomplete, never half-trusted.
    if (card.value("address_file_b64").toString().isEmpty()) {
        out.refusal = QStringLiteral("card_address_missing");
        return out;
    }
    out.refusal = checkNationalRegisterFiles(city, card, out.nrn, &out.fields);
    if (!out.refusal.isEmpty())
        return out;
    const QByteArray identity
        = QByteArray::fromBase64(card.value("identity_file_b64").toString().toLatin1());
    const QDate validUntil = QDate::fromString(
        QString::fromLatin1(parseEidTlv(identity).value(0x04)), QStringLiteral("dd.MM.yyyy"));
    if (!validUntil.isValid() || validUntil < QDate::currentDate()) {
        out.refusal = QStringLiteral("card_expired");
        return out;
    }
    out.fields["national_number"] = out.nrn;
    out.fields["birth_date"] = birthDateFromNationalNumber(out.nrn);
    return out;
}

ApiError cardRefusal(const DeskCard& card)
{
    return { 422, QStringLiteral("card_unverified"), { { "citizen", { card.refusal } } }, -1, {} };
}

/** The clerk's role covers the category of this service. */
bool mayHandle(CityContext& city, const ApiRequest& r, const QString& slug)
{
    return roleCovers(staffMember(city, r.staffId).value("role").toString(),
        city.catalogue->raw(slug).value("category").toString());
}

ApiResponse fileOnBehalf(CityContext& city, ApiRequest& r)
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
    if (!mayHandle(city, r, slug))
        return fail(r, ApiError::forbidden("role_forbidden"));
    if (!r.json.value("data").isObject())
        return fail(
            r, ApiError { 422, "validation_failed", { { "data", { "field_type" } } }, -1, {} });
    const DeskCard card = identifyByCard(city, r.json.value("citizen").toObject());
    if (!card.refusal.isEmpty())
        return fail(r, cardRefusal(card));

    // The applicant's identity is the card's, whatever the body says (as for a citizen's own
    // eID-verified filing); the clerk and the channel come from the session, never the body.
    const FormCheck check = validateSubmission(
        city.catalogue->schema(slug, r.lang), r.json.value("data").toObject(),
        [&card](const QString& attribute) { return card.fields.value(attribute); },
        service.value("price_cents").toInt());
    if (!check.errors.isEmpty())
        return fail(r, ApiError::validation(check.errors));
    const QJsonObject clerk = staffMember(city, r.staffId);
    const QJsonObject agent { { "uuid", clerk.value("uuid") },
        { "display_name", clerk.value("display_name") } };
    // The citizen's own account (an earlier eID login linked this card) follows the request
    // and is e-mailed as for any request; without one it is found again by card.
    const qint64 account = eidLinkedAccountOf(city, card.nrn);
    const Lang lang = account != 0 ? accountLanguage(city.db, account) : r.lang;
    QList<QPair<QString, QString>> summary = check.summary;
    summary.prepend({ msg("channel_label", lang),
        msg("channel_counter", lang).arg(clerk.value("display_name").toString()) });
    if (check.identityDeclared)
        summary.prepend({ msg("identity_label", lang), msg("identity_declared", lang) });
    const qint64 id = city.workflow->submit({ account, slug, check.data, summary, check.priceCents,
        lang, check.identityDeclared, agent, "eid_card_at_desk", card.nrn });
    if (id == 0)
        return fail(r, ApiError { 500, "internal_error", {}, -1, {} });
    QJsonObject out = city.workflow->detail(id, r.lang);
    out.insert("next",
        check.priceCents > 0
            ? QJsonObject { { "type", "payment" }, { "basket_item_id", QString::number(id) } }
            : QJsonObject { { "type", "none" } });
    ApiResponse response = ApiResponse::ok(out, 201);
    response.addHeader("Location", "/v1/staff/requests/" + out.value("number").toString().toUtf8());
    return response;
}

ApiResponse byCard(CityContext& city, ApiRequest& r)
{
    const DeskCard card = identifyByCard(city, r.json.value("citizen").toObject());
    if (!card.refusal.isEmpty())
        return fail(r, cardRefusal(card));
    return ApiResponse::ok(
        city.workflow->listForCitizen(card.nrn, eidLinkedAccountOf(city, card.nrn), r.lang));
}

ApiResponse cancel(CityContext& city, ApiRequest& r)
{
    const qint64 id = city.workflow->idByNumber(r.param("number"));
    if (id == 0)
        return fail(r, ApiError::notFound("request_not_found"));
    if (!mayHandle(city, r, city.workflow->service(id)))
        return fail(r, ApiError::forbidden("role_forbidden"));
    const QString reason = r.json.value("reason").toString().trimmed();
    if (reason.isEmpty())
        return fail(r, ApiError::validation({ { "reason", { "field_required" } } }));
    const QString status = city.workflow->status(id);
    // The citizen's history shows the reason (as a rejection's).
    const bool done
        = (status == QLatin1String("submitted") || status == QLatin1String("awaiting_payment"))
        && city.workflow->moveTo(id, "cancelled", reason.left(500), true);
    if (!done)
        return fail(r, ApiError::conflict("action_not_allowed"));
    return ApiResponse::ok(city.workflow->detail(id, r.lang));
}

/**
 * POST /v1/staff/payments: the citizen at the desk paid these requests on the counter's
 * terminal. The sale is the counter's own (the gate proved the station; `terminal.id` must
 * be it), the requests one citizen's, each within the clerk's role and waiting for payment,
 * and the amount charged their total.
 */
ApiResponse payAtDesk(CityContext& city, ApiRequest& r)
{
    const TerminalSale sale = TerminalSale::from(r.json.value("terminal").toObject());
    if (std::optional<ApiError> problem = sale.check(r.staffDevice))
        return fail(r, *problem);
    QList<qint64> ids;
    QJsonArray items;
    for (const QJsonValue& v : r.json.value("items").toArray()) {
        const qint64 id = v.toVariant().toString().toLongLong(); // a request id, as in /basket
        if (id <= 0 || city.workflow->status(id).isEmpty())
            return fail(r, ApiError::validation({ { "items", { "field_option" } } }));
        ids << id;
        items.append(QString::number(id));
    }
    if (ids.isEmpty())
        return fail(r, ApiError::validation({ { "items", { "field_required" } } }));
    const qint64 owner = city.workflow->owner(ids.first());
    // A sale recorded once is answered again (the app retries until the city answers).
    if (const qint64 known = sale.recordedPayment(city)) {
        if (!sale.sameBasket(city, known, owner, r.json))
            return fail(r, ApiError::conflict("terminal_transaction_used"));
        return ApiResponse::ok(city.payments->json(known, r.origin));
    }
    int amount = 0;
    for (qint64 id : ids) {
        // One citizen per sale: the same account, or the same card when there is none.
        if (city.workflow->owner(id) != owner
            || (owner == 0
                && city.workflow->citizenNrn(id) != city.workflow->citizenNrn(ids.first())))
            return fail(r, ApiError::validation({ { "items", { "field_invalid" } } }));
        if (!mayHandle(city, r, city.workflow->service(id)))
            return fail(r, ApiError::forbidden("role_forbidden"));
        if (city.workflow->status(id) != QLatin1String("awaiting_payment"))
            return fail(r, ApiError::conflict("nothing_to_pay"));
        amount += city.workflow->detail(id, r.lang).value("amount_cents").toInt();
    }
    if (sale.amountCents != amount)
        return fail(r, ApiError::conflict("amount_mismatch"));
    const qint64 id = city.payments->recordDeskSale(owner, items, amount, sale, r.staffId);
    if (id == 0)
        return fail(r, ApiError { 500, "internal_error", {}, -1, {} });
    ApiResponse out = ApiResponse::ok(city.payments->json(id, r.origin), 201);
    out.addHeader("Location", "/v1/staff/payments/" + QByteArray::number(id));
    return out;
}

/**
 * POST /v1/staff/requests/{number}/steps: a clerk records a step of a staff-handled request
 * (archived acts) while it is in process: archive_search and act_found in its history,
 * act_not_found rejects it, ready makes it done with its document.
 */
ApiResponse step(CityContext& city, ApiRequest& r)
{
    const qint64 id = city.workflow->idByNumber(r.param("number"));
    if (id == 0)
        return fail(r, ApiError::notFound("request_not_found"));
    const QString service = city.workflow->service(id);
    if (!mayHandle(city, r, service))
        return fail(r, ApiError::forbidden("role_forbidden"));
    const QString which = r.json.value("step").toString();
    if (!QStringList { "archive_search", "act_found", "act_not_found", "ready" }.contains(which))
        return fail(r, ApiError::validation({ { "step", { "field_option" } } }));
    if (!city.workflow->isStaffHandled(service)
        || city.workflow->status(id) != QLatin1String("in_process"))
        return fail(r, ApiError::conflict("action_not_allowed"));
    const QString message = "step_" + which;
    bool done = false;
    if (which == QLatin1String("act_not_found"))
        done = city.workflow->moveTo(id, "rejected", message);
    else if (which == QLatin1String("ready"))
        done = city.workflow->moveTo(id, "done", message);
    else
        done = city.workflow->note(id, message);
    if (!done)
        return fail(r, ApiError { 500, "internal_error", {}, -1, {} });
    return ApiResponse::ok(city.workflow->detail(id, r.lang));
}

/** POST /v1/staff/requests/{number}/comment: a clerk answers in the request's history. */
ApiResponse comment(CityContext& city, ApiRequest& r)
{
    const qint64 id = city.workflow->idByNumber(r.param("number"));
    if (id == 0)
        return fail(r, ApiError::notFound("request_not_found"));
    if (!mayHandle(city, r, city.workflow->service(id)))
        return fail(r, ApiError::forbidden("role_forbidden"));
    const QString text = r.json.value("message").toString().trimmed();
    if (text.isEmpty())
        return fail(r, ApiError::validation({ { "message", { "field_required" } } }));
    // The citizen reads who answered: the clerk's name comes first, from the session.
    const QString name = staffMember(city, r.staffId).value("display_name").toString();
    if (!city.workflow->comment(id, name + QStringLiteral(" : ") + text))
        return fail(r, ApiError::conflict("action_not_allowed"));
    return ApiResponse::ok(city.workflow->detail(id, r.lang));
}

} // namespace

void addCounterRoutes(Router& router, CityContext& city)
{
    CityContext* c = &city;
    router.add(
        "POST", "/v1/staff/requests", [c](ApiRequest& r) { return fileOnBehalf(*c, r); },
        Router::NeedsStaff | Router::Creating);
    router.add(
        "POST", "/v1/staff/requests/by-card", [c](ApiRequest& r) { return byCard(*c, r); },
        Router::NeedsStaff);
    router.add(
        "GET", "/v1/staff/requests/{number}",
        [c](ApiRequest& r) {
            const qint64 id = c->workflow->idByNumber(r.param("number"));
            if (id == 0)
                return fail(r, ApiError::notFound("request_not_found"));
            return ApiResponse::ok(c->workflow->detail(id, r.lang));
        },
        Router::NeedsStaff);
    router.add(
        "POST", "/v1/staff/requests/{number}/steps", [c](ApiRequest& r) { return step(*c, r); },
        Router::NeedsStaff);
    router.add(
        "POST", "/v1/staff/requests/{number}/comment",
        [c](ApiRequest& r) { return comment(*c, r); }, Router::NeedsStaff);
    router.add(
        "GET", "/v1/staff/requests/{number}/documents/{doc}",
        [c](ApiRequest& r) {
            // Printed at the desk for the citizen: any clerk, as reading the request.
            const qint64 id = c->workflow->idByNumber(r.param("number"));
            const auto doc = c->workflow->document(id, r.param("doc").toLongLong());
            if (id == 0 || doc.first.isEmpty())
                return fail(r, ApiError::notFound("document_not_found"));
            ApiResponse out = ApiResponse::raw("application/pdf", doc.first);
            out.addHeader(
                "Content-Disposition", "attachment; filename=\"" + doc.second.toUtf8() + "\"");
            return out;
        },
        Router::NeedsStaff);
    router.add(
        "POST", "/v1/staff/payments", [c](ApiRequest& r) { return payAtDesk(*c, r); },
        Router::NeedsStaff | Router::Creating);
    router.add(
        "GET", "/v1/staff/payments/{id}",
        [c](ApiRequest& r) {
            const qint64 id = r.param("id").toLongLong();
            if (id <= 0 || !c->payments->takenAtDesk(id))
                return fail(r, ApiError::notFound("payment_not_found"));
            return ApiResponse::ok(c->payments->json(id, r.origin));
        },
        Router::NeedsStaff);
    router.add(
        "POST", "/v1/staff/requests/{number}/cancel", [c](ApiRequest& r) { return cancel(*c, r); },
        Router::NeedsStaff);
}
