// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogue.h"

#include "citycontext.h"
#include "formvalidator.h"
#include "pdfdocument.h"
#include "router.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>

namespace {

QString text(const QJsonObject& o, const char* key, Lang lang)
{
    return localizeJson(o.value(key), lang).toString();
}

QByteArray etagOf(const QJsonObject& schema)
{
    const QByteArray bytes = QJsonDocument(schema).toJson(QJsonDocument::Compact);
    return '"' + QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex().left(20) + '"';
}

bool etagMatches(const QByteArray& ifNoneMatch, const QByteArray& etag)
{
    for (QByteArray candidate : ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == "*" || candidate == etag)
            return true;
    }
    return false;
}

QByteArray proxyTemplatePdf(Lang lang)
{
    Q_UNUSED(lang)
    // The proxy is a legal paper the town hall reads in French; one model for everyone.
    return renderPdf(QStringLiteral("Procuration"),
        { QStringLiteral("Ville de Namur - Service Population et État civil"), {},
            QStringLiteral(
                "Je soussigné(e) (nom, prénoms) : ......................................"),
            QStringLiteral("numéro de registre national : ......................................"),
            QStringLiteral("domicilié(e) à : ......................................"), {},
            QStringLiteral(
                "donne procuration à (nom, prénoms) : ......................................"),
            QStringLiteral("numéro de registre national : ......................................"),
            {}, QStringLiteral("pour demander et recevoir en mon nom le document suivant :"),
            QStringLiteral("......................................"), {},
            QStringLiteral("Fait à ................ le ................"), {},
            QStringLiteral("Signature du mandant :                Signature du mandataire :"), {},
            QStringLiteral("Joindre une copie recto verso de la carte d'identité du mandant.") });
}

} // namespace

bool Catalogue::load(const QString& resource, QString* error)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(resource);
        return false;
    }
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    m_categories = root.value("categories").toArray();
    for (const QJsonValue& v : root.value("services").toArray()) {
        const QJsonObject service = v.toObject();
        const QString slug = service.value("slug").toString();
        m_order << slug;
        m_services.insert(slug, service);
        if (service.value("kind").toString() != QLatin1String("form"))
            continue;
        // The server never serves a schema the app would refuse (form-schema.md).
        for (Lang lang : { Lang::Fr, Lang::Nl, Lang::De, Lang::En }) {
            if (!isValidSchema(schema(slug, lang), error)) {
                *error = slug + ": " + *error;
                return false;
            }
        }
    }
    return !m_services.isEmpty();
}

QJsonArray Catalogue::categories(Lang lang) const
{
    return localizeJson(m_categories, lang).toArray();
}

QString Catalogue::title(const QString& slug, Lang lang) const
{
    return text(m_services.value(slug), "title", lang);
}

QJsonObject Catalogue::summary(const QString& slug, Lang lang) const
{
    const QJsonObject s = m_services.value(slug);
    const QString auth = s.value("auth").toString();
    QJsonObject out { { "slug", slug }, { "title", text(s, "title", lang) },
        { "description", text(s, "description", lang) }, { "category_slug", s.value("category") },
        { "keywords", s.value("keywords") }, { "kind", s.value("kind") },
        { "auth", auth }, // none | password | eid: the weakest login that may use it
        { "price_cents", s.value("price_cents").toInt() }, { "currency", "EUR" } };
    if (s.value("kind").toString() == QLatin1String("form")) {
        out.insert("schema_version", s.value("version"));
        out.insert("handled_by", s.value("handled_by"));
    }
    if (s.value("kind").toString() == QLatin1String("download"))
        out.insert("download_url", QStringLiteral("/v1/services/%1/download").arg(slug));
    if (s.contains("redirect_url"))
        out.insert("redirect_url", s.value("redirect_url"));
    return out;
}

QJsonArray Catalogue::services(Lang lang, const QString& category, const QString& q) const
{
    QJsonArray out;
    for (const QString& slug : m_order) {
        const QJsonObject s = summary(slug, lang);
        if (!category.isEmpty() && s.value("category_slug").toString() != category)
            continue;
        if (!q.isEmpty()) {
            const QString haystack = s.value("title").toString() + ' '
                + s.value("description").toString() + ' '
                + QJsonDocument(s.value("keywords").toArray()).toJson();
            if (!haystack.contains(q, Qt::CaseInsensitive))
                continue;
        }
        out.append(s);
    }
    return out;
}

QJsonObject Catalogue::schema(const QString& slug, Lang lang) const
{
    const QJsonObject s = m_services.value(slug);
    if (s.value("kind").toString() != QLatin1String("form"))
        return {};
    return QJsonObject { { "slug", slug }, { "version", s.value("version") },
        { "title", text(s, "title", lang) }, { "pages", localizeJson(s.value("pages"), lang) } };
}

void addCatalogueRoutes(Router& router, CityContext& city)
{
    Catalogue* cat = city.catalogue;
    router.add("GET", "/v1/categories",
        [cat](ApiRequest& r) { return ApiResponse::ok(cat->categories(r.lang)); });
    router.add("GET", "/v1/services", [cat](ApiRequest& r) {
        return ApiResponse::ok(cat->services(r.lang, r.query.queryItemValue("category"),
            r.query.queryItemValue("q", QUrl::FullyDecoded)));
    });
    router.add("GET", "/v1/services/{slug}", [cat](ApiRequest& r) {
        if (!cat->has(r.param("slug")))
            return fail(r, ApiError::notFound("service_not_found"));
        return ApiResponse::ok(cat->summary(r.param("slug"), r.lang));
    });
    router.add("GET", "/v1/services/{slug}/schema", [cat](ApiRequest& r) {
        if (!cat->has(r.param("slug")))
            return fail(r, ApiError::notFound("service_not_found"));
        const QJsonObject schema = cat->schema(r.param("slug"), r.lang);
        if (schema.isEmpty())
            return fail(r, ApiError::notFound("service_not_form"));
        const QByteArray etag = etagOf(schema);
        ApiResponse out = etagMatches(r.header("if-none-match"), etag)
            ? ApiResponse::raw("application/json", {}, 304)
            : ApiResponse::ok(schema);
        out.addHeader("ETag", etag);
        out.addHeader("Cache-Control", "private, max-age=0, must-revalidate");
        return out;
    });
    router.add("GET", "/v1/services/{slug}/download", [cat](ApiRequest& r) {
        if (cat->raw(r.param("slug")).value("kind").toString() != QLatin1String("download"))
            return fail(r, ApiError::notFound("service_not_found"));
        ApiResponse out = ApiResponse::raw("application/pdf", proxyTemplatePdf(r.lang));
        out.addHeader(
            "Content-Disposition", "attachment; filename=\"" + r.param("slug").toUtf8() + ".pdf\"");
        return out;
    });
}
