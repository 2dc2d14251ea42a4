// SPDX-License-Identifier: GPL-3.0-or-later
#include "profile.h"

#include "accounts.h"
#include "citycontext.h"
#include "router.h"
#include "validators.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The profile attributes of docs/api/form-schema.md (prefill sources), in display order.
const char* const FieldNames[]
    = { "surname", "first_names", "national_number", "birth_date", "birth_place", "nationality",
          "sex", "street_and_number", "zip", "municipality", "phone", "iban" };

/** Only an eID login sets it (eidauth.cpp): typed, it could claim someone else's number. */
bool cardOnly(const QString& name)
{
    return name == QLatin1String("national_number");
}

bool knownField(const QString& name)
{
    for (const char* f : FieldNames) {
        if (name == QLatin1String(f))
            return true;
    }
    return false;
}

/** Message code of the first problem with a profile value, or empty. */
QString checkValue(const QString& name, const QString& value)
{
    if (value.isEmpty())
        return {};
    if (name == QLatin1String("phone") && !isValidBelgianPhone(value))
        return QStringLiteral("field_phone");
    if (name == QLatin1String("iban") && !isValidIban(value))
        return QStringLiteral("field_iban");
    if (name == QLatin1String("national_number") && !isValidNrn(value))
        return QStringLiteral("field_nrn");
    if (name == QLatin1String("birth_date") && !parseIsoDate(value).isValid())
        return QStringLiteral("field_date");
    if (name == QLatin1String("zip")
        && !QRegularExpression("^[1-9][0-9]{3}$").match(value).hasMatch())
        return QStringLiteral("field_invalid");
    if (value.size() > 200)
        return QStringLiteral("field_too_long");
    return {};
}

ApiResponse patchProfile(CityContext& city, ApiRequest& r)
{
    const QJsonObject me = profileJson(city.db, r.accountId, r.authLevel);
    const QJsonObject current = me.value("fields").toObject();
    const QJsonObject wanted = r.json.value("fields").toObject();
    QMap<QString, QStringList> locked;
    QMap<QString, QStringList> invalid;
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (!knownField(it.key()))
            continue; // unknown fields are ignored (forward compatibility)
        if (!current.value(it.key()).toObject().value("editable").toBool())
            locked[it.key()] << "field_locked";
        else if (!it.value().isString())
            invalid[it.key()] << "field_type";
        else if (const QString problem = checkValue(it.key(), it.value().toString().trimmed());
                 !problem.isEmpty())
            invalid[it.key()] << problem;
    }
    if (!locked.isEmpty())
        return fail(r, ApiError { 403, "field_locked", locked, -1, {} });
    if (!invalid.isEmpty())
        return fail(r, ApiError::validation(invalid));
    for (auto it = wanted.begin(); it != wanted.end(); ++it) {
        if (knownField(it.key()))
            setAccountField(
                city.db, r.accountId, it.key(), it.value().toString().trimmed(), "profile");
    }
    return ApiResponse::ok(profileJson(city.db, r.accountId, r.authLevel));
}

} // namespace

QJsonObject profileJson(QSqlDatabase db, qint64 accountId, const QString& authLevel)
{
    QSqlQuery q(db);
    q.prepare("SELECT name, value, source FROM account_fields WHERE account_id = ?");
    q.addBindValue(accountId);
    q.exec();
    QHash<QString, QPair<QString, QString>> stored;
    while (q.next())
        stored.insert(q.value(0).toString(), { q.value(1).toString(), q.value(2).toString() });
    QJsonObject fields;
    for (const char* name : FieldNames) {
        const auto value = stored.value(name, { QString(), QStringLiteral("profile") });
        const bool fromCard = value.second == QLatin1String("eid");
        fields.insert(name,
            QJsonObject { { "value", value.first }, { "source", fromCard ? "eid" : "profile" },
                { "editable", !fromCard && !cardOnly(QString::fromLatin1(name)) } });
    }
    QSqlQuery a(db);
    a.prepare("SELECT uuid, email FROM accounts WHERE id = ?");
    a.addBindValue(accountId);
    a.exec();
    a.next();
    return { { "uuid", a.value(0).toString() }, { "email", a.value(1).toString() },
        { "email_verified", !a.value(1).toString().isEmpty() }, { "auth_level", authLevel },
        { "fields", fields } };
}

void addProfileRoutes(Router& router, CityContext& city)
{
    CityContext* c = &city;
    router.add(
        "GET", "/v1/me",
        [c](ApiRequest& r) {
            return ApiResponse::ok(profileJson(c->db, r.accountId, r.authLevel));
        },
        Router::NeedsSession);
    router.add(
        "PATCH", "/v1/me", [c](ApiRequest& r) { return patchProfile(*c, r); },
        Router::NeedsSession);
}
