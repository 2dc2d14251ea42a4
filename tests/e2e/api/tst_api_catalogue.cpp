// SPDX-License-Identifier: GPL-3.0-or-later
// Catalogue: categories, services, schemas with ETag/304, downloads; in fr, nl, de, en.
#include "apiclient.h"
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QtTest>

class TestApiCatalogue : public QObject
{
    Q_OBJECT
    SandboxProcess m_sandbox;
    std::unique_ptr<ApiClient> m_api;

    QJsonObject service(const QJsonArray& list, const QString& slug)
    {
        for (const QJsonValue& v : list) {
            if (v.toObject()["slug"].toString() == slug)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_sandbox.start({}, &why), qPrintable(why));
        m_api = std::make_unique<ApiClient>(m_sandbox.apiUrl(), m_sandbox.ca());
    }

    void categories_in_four_languages_data()
    {
        QTest::addColumn<QByteArray>("language");
        QTest::addColumn<QString>("civilStatus");
        QTest::newRow("fr") << QByteArray("fr-BE") << "État civil";
        QTest::newRow("nl") << QByteArray("nl-BE,nl;q=0.9") << "Burgerlijke stand";
        QTest::newRow("de") << QByteArray("de") << "Standesamt";
        QTest::newRow("en") << QByteArray("en-GB,en;q=0.8,fr;q=0.5") << "Civil status";
        QTest::newRow("unknown falls back to fr") << QByteArray("es") << "État civil";
    }
    void categories_in_four_languages()
    {
        QFETCH(QByteArray, language);
        QFETCH(QString, civilStatus);
        m_api->setLanguage(language);
        const ApiReply r = m_api->call("GET", "/categories");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json["err"].toInt(), 0);
        QString title;
        for (const QJsonValue& c : r.data().toArray()) {
            if (c.toObject()["slug"].toString() == "etat-civil")
                title = c.toObject()["title"].toString();
        }
        QCOMPARE(title, civilStatus);
        m_api->setLanguage({});
    }

    void services_describe_kind_auth_and_price()
    {
        const QJsonArray all = m_api->call("GET", "/services").data().toArray();
        QVERIFY(all.size() >= 12);
        const QJsonObject household = service(all, "composition-de-menage");
        QCOMPARE(household["kind"].toString(), QString("form"));
        QCOMPARE(household["auth"].toString(), QString("password"));
        QVERIFY(household.contains("price_cents"));
        QCOMPARE(service(all, "certificat-de-nationalite")["auth"].toString(), QString("eid"));
        QCOMPARE(service(all, "modele-de-procuration")["kind"].toString(), QString("download"));
        QCOMPARE(service(all, "modele-de-procuration")["auth"].toString(), QString("none"));
        QCOMPARE(service(all, "mon-dossier")["kind"].toString(), QString("redirect"));
        QCOMPARE(service(all, "acte-de-deces-archive")["handled_by"].toString(), QString("staff"));

        const QJsonArray civil
            = m_api->call("GET", "/services?category=etat-civil").data().toArray();
        QCOMPARE(civil.size(), 6);
        const QJsonArray archives = m_api->call("GET", "/services?q=archiv").data().toArray();
        QVERIFY(archives.size() >= 3);
        for (const QJsonValue& s : archives)
            QVERIFY(!s.toObject()["slug"].toString().isEmpty());
        QCOMPARE(m_api->call("GET", "/services/nope").status, 404);
        // One service alone: the same description as in the list.
        const ApiReply one = m_api->call("GET", "/services/composition-de-menage");
        QCOMPARE(one.status, 200);
        QCOMPARE(one.data().toObject(), household);
    }

    void schema_follows_the_contract_and_is_cacheable()
    {
        const ApiReply first = m_api->call("GET", "/services/composition-de-menage/schema");
        QCOMPARE(first.status, 200);
        const QJsonObject schema = first.data().toObject();
        QCOMPARE(schema["slug"].toString(), QString("composition-de-menage"));
        QVERIFY(schema["version"].toInt() > 0);
        QVERIFY(!schema["pages"].toArray().isEmpty());
        const QJsonObject surname
            = schema["pages"].toArray().at(0).toObject()["fields"].toArray().at(0).toObject();
        QCOMPARE(surname["prefill"].toObject()["source"].toString(), QString("eid"));
        QVERIFY(surname["prefill"].toObject()["locked"].toBool());
        const QByteArray etag = first.header("etag");
        QVERIFY(!etag.isEmpty());

        const ApiReply again = m_api->call(
            "GET", "/services/composition-de-menage/schema", {}, { { "If-None-Match", etag } });
        QCOMPARE(again.status, 304);
        QVERIFY(again.body.isEmpty());
        const ApiReply other = m_api->call("GET", "/services/composition-de-menage/schema", {},
            { { "If-None-Match", "\"stale\"" } });
        QCOMPARE(other.status, 200);

        m_api->setLanguage("de");
        const ApiReply german = m_api->call(
            "GET", "/services/composition-de-menage/schema", {}, { { "If-None-Match", etag } });
        QCOMPARE(german.status, 200); // another language is another representation
        QCOMPARE(german.data()["title"].toString(), QString("Haushaltszusammensetzung"));
        QVERIFY(german.header("etag") != etag);
        m_api->setLanguage({});

        const ApiReply download = m_api->call("GET", "/services/modele-de-procuration/schema");
        QCOMPARE(download.status, 404);
        QCOMPARE(download.errCode(), QString("service_not_form"));
    }

    void proxy_template_downloads_as_pdf()
    {
        const ApiReply r = m_api->call("GET", "/services/modele-de-procuration/download");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("application/pdf"));
        QVERIFY(r.body.startsWith("%PDF-1."));
        QVERIFY(r.body.trimmed().endsWith("%%EOF"));
        QVERIFY(r.body.contains("Procuration"));
        QCOMPARE(m_api->call("GET", "/services/composition-de-menage/download").status, 404);
    }
};

QTEST_GUILESS_MAIN(TestApiCatalogue)
#include "tst_api_catalogue.moc"
