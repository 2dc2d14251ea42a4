// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "accounts.h"
#include "catalogue.h"
#include "citycontext.h"
#include "database.h"
#include "formvalidator.h"
#include "workflow.h"

#include <QDebug>
#include <QJsonObject>

namespace {

qint64 submitDemo(CityContext& city, qint64 account, const QString& service, QJsonObject data)
{
    const QJsonObject identity { { "surname", "Spécimen" }, { "first_names", "Alice Marie" },
        { "national_number", DemoData::NationalNumber }, { "birth_date", "1985-07-30" },
        { "street_and_number", "Rue de Fer 42" }, { "zip", "5000" }, { "municipality", "Namur" },
        { "email", DemoData::Email } };
    for (auto it = identity.begin(); it != identity.end(); ++it)
        data.insert(it.key(), it.value());
    const QJsonObject schema = city.catalogue->schema(service, Lang::Fr);
    const FormCheck check = validateSubmission(
        schema, data, {}, city.catalogue->raw(service).value("price_cents").toInt());
    if (!check.errors.isEmpty()) {
        // A broken demo is a bug in the catalogue or here: say which field.
        qWarning() << "demo request" << service << "invalid:" << check.errors.keys();
        return 0;
    }
    return city.workflow->submit({ account, service, check.data, check.summary, check.priceCents,
        Lang::Fr, false, {}, {}, {} });
}

} // namespace

void seedDemoData(CityContext& city)
{
    if (accountIdByEmail(city.db, DemoData::Email) != 0)
        return;
    const qint64 account
        = createAccount(city.db, DemoData::Email, hashPassword(DemoData::Password), true, Lang::Fr);
    const QList<QPair<QString, QString>> card = { { "surname", "Spécimen" },
        { "first_names", "Alice Marie" }, { "national_number", DemoData::NationalNumber },
        { "birth_date", "1985-07-30" }, { "birth_place", "Namur" }, { "nationality", "Belge" },
        { "sex", "F" }, { "street_and_number", "Rue de Fer 42" }, { "zip", "5000" },
        { "municipality", "Namur" } };
    for (const auto& f : card)
        setAccountField(city.db, account, f.first, f.second, "eid");
    setAccountField(city.db, account, "phone", "081 24 60 00", "profile");
    // As if Alice had logged in with her card before: the demo card finds this account.
    execSql(city.db,
        "INSERT OR IGNORE INTO eid_links (national_number, account_id, linked_at) "
        "VALUES (?, ?, 0)",
        { DemoData::NationalNumber, account });

    const QJsonObject post { { "delivery", "post" }, { "delivery_street", "Rue de Fer 42" },
        { "delivery_zip", "5000" }, { "delivery_municipality", "Namur" } };
    QJsonObject done = post;
    done.insert("beneficiary", "me");
    done.insert("purpose", "school");
    done.insert("copies", "1");
    const qint64 first = submitDemo(city, account, "composition-de-menage", done);
    city.workflow->advance(first); // in process -> done, with its PDF

    QJsonObject unpaid { { "beneficiary", "me" }, { "purpose", "administration" },
        { "copies", "1" }, { "delivery", "pickup" } };
    submitDemo(city, account, "certificat-de-residence-historique", unpaid);

    QJsonObject archive = post;
    archive.insert("act_kind", "extract");
    archive.insert("person_surname", "Spécimen");
    archive.insert("person_first_names", "Joseph");
    archive.insert("act_year", "1921");
    archive.insert("act_place", "Jambes");
    archive.insert("relation", "descendant");
    archive.insert("copies", "1");
    const qint64 staff = submitDemo(city, account, "acte-de-naissance-archive", archive);
    city.workflow->paid({ staff });

    QJsonObject refused { { "beneficiary", "me" }, { "purpose", "abroad" }, { "copies", "2" },
        { "delivery", "pickup" } };
    const qint64 rejected = submitDemo(city, account, "certificat-de-vie", refused);
    city.workflow->moveTo(rejected, "rejected",
        QStringLiteral("Un certificat de vie pour l'étranger doit être demandé "
                       "en personne, au guichet Population."),
        true);
}
